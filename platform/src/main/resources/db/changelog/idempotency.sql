--liquibase formatted sql

--changeset virkning:idempotency-1
-- The answers to POSTs sent with an Idempotency-Key, so that a retry gets the original answer.
-- Scoped by the caller (issuer and subject of the token) and the tenant of the path, so a key of one
-- caller or municipality never answers for another's. status is null while the first request runs.
-- Rows older than the retention are deleted as new keys arrive.
CREATE TABLE idempotency_record (
    scope          varchar(500)  NOT NULL,
    idempotency_key varchar(200) NOT NULL,
    tenant_id      varchar(40),
    request_sha256 char(64),
    status         integer,
    content_type   varchar(200),
    location       varchar(2000),
    body           bytea,
    created_at     timestamptz   NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
