--liquibase formatted sql

--changeset virkning:identity-1
-- The registered identity providers: per municipality (or organisation) its OpenID Connect issuers,
-- the audience its tokens must carry and how its claims map to Virkning's roles. The tenant of a
-- token from a registered issuer is this row's municipality, never a claim of the token.
CREATE TABLE identity_issuer (
    id              uuid          PRIMARY KEY,
    issuer_uri      varchar(500)  NOT NULL UNIQUE,
    jwks_uri        varchar(500)  NOT NULL,
    municipality_id varchar(40)   REFERENCES municipality (id),
    organisation_id uuid          REFERENCES organisation (id),
    audience        varchar(200)  NOT NULL,
    client_ids      text[]        NOT NULL,
    roles_claim     varchar(200)  NOT NULL,
    role_mapping    jsonb         NOT NULL,
    subject_claim   varchar(200)  NOT NULL,
    name_claim      varchar(200)  NOT NULL,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(200)  NOT NULL,
    CHECK ((municipality_id IS NULL) <> (organisation_id IS NULL))
);
CREATE INDEX identity_issuer_municipality_idx ON identity_issuer (municipality_id);
CREATE INDEX identity_issuer_organisation_idx ON identity_issuer (organisation_id);
