--liquibase formatted sql

--changeset virkning:security-1
-- The embedded authorization server's signing keys, kept so that tokens survive restarts and every
-- replica signs and verifies with the same keys. The private JWK is stored only as a JWE (dir,
-- A256GCM) under the configured key-encryption key. The newest key signs; older keys stay in the
-- JWKS until every token they signed has expired.
CREATE TABLE token_signing_key (
    kid           varchar(64)  PRIMARY KEY,
    created_at    timestamptz  NOT NULL,
    encrypted_jwk text         NOT NULL
);
CREATE INDEX token_signing_key_created_idx ON token_signing_key (created_at);

-- Spring Authorization Server's authorizations (codes, access and refresh tokens, their state),
-- its documented schema with text for blob and timestamptz for timestamp, as PostgreSQL needs.
CREATE TABLE oauth2_authorization (
    id                            varchar(100)  NOT NULL PRIMARY KEY,
    registered_client_id          varchar(100)  NOT NULL,
    principal_name                varchar(200)  NOT NULL,
    authorization_grant_type      varchar(100)  NOT NULL,
    authorized_scopes             varchar(1000) DEFAULT NULL,
    attributes                    text          DEFAULT NULL,
    state                         varchar(500)  DEFAULT NULL,
    authorization_code_value      text          DEFAULT NULL,
    authorization_code_issued_at  timestamptz   DEFAULT NULL,
    authorization_code_expires_at timestamptz   DEFAULT NULL,
    authorization_code_metadata   text          DEFAULT NULL,
    access_token_value            text          DEFAULT NULL,
    access_token_issued_at        timestamptz   DEFAULT NULL,
    access_token_expires_at       timestamptz   DEFAULT NULL,
    access_token_metadata         text          DEFAULT NULL,
    access_token_type             varchar(100)  DEFAULT NULL,
    access_token_scopes           varchar(1000) DEFAULT NULL,
    oidc_id_token_value           text          DEFAULT NULL,
    oidc_id_token_issued_at       timestamptz   DEFAULT NULL,
    oidc_id_token_expires_at      timestamptz   DEFAULT NULL,
    oidc_id_token_metadata        text          DEFAULT NULL,
    refresh_token_value           text          DEFAULT NULL,
    refresh_token_issued_at       timestamptz   DEFAULT NULL,
    refresh_token_expires_at      timestamptz   DEFAULT NULL,
    refresh_token_metadata        text          DEFAULT NULL,
    user_code_value               text          DEFAULT NULL,
    user_code_issued_at           timestamptz   DEFAULT NULL,
    user_code_expires_at          timestamptz   DEFAULT NULL,
    user_code_metadata            text          DEFAULT NULL,
    device_code_value             text          DEFAULT NULL,
    device_code_issued_at         timestamptz   DEFAULT NULL,
    device_code_expires_at        timestamptz   DEFAULT NULL,
    device_code_metadata          text          DEFAULT NULL
);

-- Bucket4j's buckets for failed sign-ins (per client, per user, per address), shared by replicas.
CREATE TABLE rate_limit_bucket (
    id         varchar(200) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
