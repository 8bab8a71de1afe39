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

--changeset virkning:participant-2
-- The referral facts the models need, consent (participation is voluntary), the current phase
-- (its history is in participant_phase) and the exit. Rows enrolled before this change have no
-- recorded referral or consent.
ALTER TABLE participant
    ADD COLUMN status                       varchar(10)   NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'EXITED')),
    ADD COLUMN referred_on                  date,
    ADD COLUMN visitation_category          varchar(20),
    ADD COLUMN expected_longer_than_3m      boolean,
    ADD COLUMN health_unclear               boolean,
    ADD COLUMN social_problems              boolean,
    ADD COLUMN serious_illness              boolean,
    ADD COLUMN permanently_reduced_capacity boolean,
    ADD COLUMN primary_barrier              varchar(10)   CHECK (primary_barrier IN ('MENTAL', 'PHYSICAL')),
    ADD COLUMN referral_note                varchar(4000),
    ADD COLUMN consent_given_on             date,
    ADD COLUMN consent_recorded_by          varchar(200),
    ADD COLUMN consent_recorded_at          timestamptz,
    ADD COLUMN consent_withdrawn_on         date,
    ADD COLUMN consent_withdrawal_by        varchar(200),
    ADD COLUMN current_phase                varchar(100),
    ADD COLUMN phase_started_on             date,
    ADD COLUMN phase_max_weeks              integer,
    ADD COLUMN exited_on                    date,
    ADD COLUMN exit_reason                  varchar(30),
    ADD COLUMN exit_note                    varchar(1000);
CREATE INDEX participant_program_status_idx ON participant (program_id, status);

-- Everything that happened to a participant: the timeline, and the lifecycle events a payment
-- formula may price.
CREATE TABLE participant_event (
    id             uuid          PRIMARY KEY,
    tenant_id      varchar(40)   NOT NULL REFERENCES municipality (id),
    participant_id uuid          NOT NULL REFERENCES participant (id),
    program_id     uuid          NOT NULL REFERENCES program (id),
    type           varchar(40)   NOT NULL,
    occurred_on    date          NOT NULL,
    detail         varchar(1000) NOT NULL DEFAULT '',
    recorded_at    timestamptz   NOT NULL,
    recorded_by    varchar(200)  NOT NULL
);
CREATE INDEX participant_event_participant_idx ON participant_event (participant_id, occurred_on, recorded_at);
CREATE INDEX participant_event_program_idx ON participant_event (program_id, occurred_on);
ALTER TABLE participant_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE participant_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON participant_event
    USING (virkning_tenant_visible(tenant_id)) WITH CHECK (virkning_tenant_visible(tenant_id));

--changeset virkning:participant-3 splitStatements:false
-- Days from one date to another, for list filters written as JPA criteria.
CREATE FUNCTION virkning_days_between(from_day date, to_day date) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_day - from_day $$;

--changeset virkning:participant-4
-- Published read-only views (issue 13): another feature that must join participants in SQL reads
-- these, never the table, so the participant feature alone owns the table's shape. security_invoker
-- makes PostgreSQL check the caller's rights and the table's row-level security, so a view shows
-- exactly the rows of the caller's tenant, as the table does. No pseudonym: who someone is stays
-- behind the participant feature's Java interface.
CREATE VIEW participant_published WITH (security_invoker = true) AS
    SELECT id, tenant_id, program_id, target_group, start_week, enrolled_at, status, current_phase,
           phase_started_on, phase_max_weeks, exited_on
    FROM participant;
-- Each participant's place in the canonical enrolment order of their program (0, 1, ...), which
-- statement snapshots are canonical in. A filter on program_id is pushed below the window function.
CREATE VIEW participant_order_published WITH (security_invoker = true) AS
    SELECT id, tenant_id, program_id, start_week,
           row_number() OVER (PARTITION BY program_id ORDER BY enrolled_at ASC, id ASC) - 1 AS ordinal
    FROM participant;
