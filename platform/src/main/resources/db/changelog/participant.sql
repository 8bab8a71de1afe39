--liquibase formatted sql

--changeset virkning:participant-1
-- No CPR number is stored: pseudonym is an HMAC of it under a per-municipality key.
CREATE TABLE participant (
    id           uuid         PRIMARY KEY,
    tenant_id    varchar(40)  NOT NULL REFERENCES municipality (id),
    program_id   uuid         NOT NULL REFERENCES program (id),
    pseudonym    varchar(64)    NOT NULL,
    target_group varchar(100) NOT NULL,
    start_week   date         NOT NULL,
    enrolled_at  timestamptz  NOT NULL,
    enrolled_by  varchar(200) NOT NULL,
    UNIQUE (program_id, pseudonym)
);
CREATE INDEX participant_tenant_idx ON participant (tenant_id);

ALTER TABLE participant ENABLE ROW LEVEL SECURITY;
ALTER TABLE participant FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON participant
    USING (virkning_tenant_visible(tenant_id)) WITH CHECK (virkning_tenant_visible(tenant_id));
