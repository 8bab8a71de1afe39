--liquibase formatted sql

--changeset virkning:plugin-1
-- Public keys a provider organisation signs its plugin artifacts with.
CREATE TABLE signing_key (
    id              uuid         PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    algorithm       varchar(16)  NOT NULL CHECK (algorithm IN ('Ed25519', 'RSA')),
    public_key      bytea        NOT NULL,
    fingerprint     char(64)     NOT NULL UNIQUE,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(200) NOT NULL
);
CREATE INDEX signing_key_organisation_idx ON signing_key (organisation_id);

-- Installed plugin artifacts, so that every replica and every restart sees the same versions.
-- Immutable except for the enabled flag.
CREATE TABLE plugin_artifact (
    plugin_id       varchar(100) NOT NULL,
    version         varchar(50)  NOT NULL,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    sha256          char(64)     NOT NULL,
    content         bytea        NOT NULL,
    signature       bytea        NOT NULL,
    key_fingerprint char(64)     NOT NULL,
    requires        varchar(100) NOT NULL,
    enabled         boolean      NOT NULL,
    uploaded_at     timestamptz  NOT NULL,
    uploaded_by     varchar(200) NOT NULL,
    PRIMARY KEY (plugin_id, version)
);
