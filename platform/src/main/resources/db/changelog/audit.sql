--liquibase formatted sql

--changeset virkning:audit-1
-- Who read or changed what. Participant reads are logged so that a citizen can learn who looked
-- them up (the subject_ref is the participant id, never a CPR number).
CREATE TABLE audit_event (
    id            bigserial    PRIMARY KEY,
    tenant_id     varchar(40),
    occurred_at   timestamptz  NOT NULL,
    actor         varchar(200) NOT NULL,
    action        varchar(60)  NOT NULL,
    resource_type varchar(60)  NOT NULL,
    resource_id   varchar(100) NOT NULL,
    detail        varchar(1000)
);
CREATE INDEX audit_event_resource_idx ON audit_event (resource_type, resource_id);
CREATE INDEX audit_event_tenant_idx ON audit_event (tenant_id, occurred_at);

--changeset virkning:audit-2
-- The person behind an entry: display name and issuer from the token (actor stays the subject).
ALTER TABLE audit_event ADD COLUMN actor_name varchar(200);
ALTER TABLE audit_event ADD COLUMN actor_issuer varchar(500);
