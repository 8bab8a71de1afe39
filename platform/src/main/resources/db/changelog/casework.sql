--liquibase formatted sql

--changeset virkning:casework-1
-- The daily work around a participant: phases, team, action plans, activities and tasks,
-- follow-ups, WHO-5 measurements and the chosen course package. Every table is tenant-isolated.
CREATE TABLE participant_phase (
    id             uuid         PRIMARY KEY,
    tenant_id      varchar(40)  NOT NULL REFERENCES municipality (id),
    participant_id uuid         NOT NULL REFERENCES participant (id),
    phase          varchar(100) NOT NULL,
    max_weeks      integer      NOT NULL,
    started_on     date         NOT NULL,
    ended_on       date,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX participant_phase_participant_idx ON participant_phase (participant_id, started_on);
CREATE UNIQUE INDEX participant_phase_one_open ON participant_phase (participant_id) WHERE ended_on IS NULL;

CREATE TABLE team_assignment (
    id             uuid         PRIMARY KEY,
    tenant_id      varchar(40)  NOT NULL REFERENCES municipality (id),
    participant_id uuid         NOT NULL REFERENCES participant (id),
    role           varchar(100) NOT NULL,
    member         varchar(200) NOT NULL,
    from_on        date         NOT NULL,
    to_on          date,
    assigned_by    varchar(200) NOT NULL,
    assigned_at    timestamptz  NOT NULL,
    CHECK (to_on IS NULL OR to_on >= from_on - 1)
);
CREATE INDEX team_assignment_participant_idx ON team_assignment (participant_id, from_on);
CREATE INDEX team_assignment_member_idx ON team_assignment (member) WHERE to_on IS NULL;

CREATE TABLE action_plan (
    tenant_id      varchar(40)  NOT NULL REFERENCES municipality (id),
    participant_id uuid         NOT NULL REFERENCES participant (id),
    version        integer      NOT NULL CHECK (version >= 1),
    content        jsonb        NOT NULL,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(200) NOT NULL,
    PRIMARY KEY (participant_id, version)
);

CREATE TABLE activity (
    id             uuid          PRIMARY KEY,
    tenant_id      varchar(40)   NOT NULL REFERENCES municipality (id),
    participant_id uuid          NOT NULL REFERENCES participant (id),
    code           varchar(100)  NOT NULL,
    name           varchar(300)  NOT NULL,
    kind           varchar(20)   NOT NULL CHECK (kind IN ('BASIC', 'SUPPLEMENTARY')),
    planned_on     date          NOT NULL,
    due_on         date,
    done_on        date,
    status         varchar(20)   NOT NULL CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED')),
    source         varchar(20)   NOT NULL CHECK (source IN ('CASEWORKER', 'PACKAGE')),
    note           varchar(1000),
    created_by     varchar(200)  NOT NULL,
    created_at     timestamptz   NOT NULL
);
CREATE INDEX activity_participant_idx ON activity (participant_id, planned_on);
CREATE INDEX activity_open_due_idx ON activity (due_on) WHERE status = 'PLANNED' AND due_on IS NOT NULL;

CREATE TABLE follow_up (
    id             uuid          PRIMARY KEY,
    tenant_id      varchar(40)   NOT NULL REFERENCES municipality (id),
    participant_id uuid          NOT NULL REFERENCES participant (id),
    due_on         date          NOT NULL,
    held_on        date,
    rule           varchar(30)   NOT NULL CHECK (rule IN ('STATUTORY_13B', 'RECURRING_ACTIVITY')),
    status         varchar(20)   NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
    note           varchar(1000)
);
CREATE INDEX follow_up_participant_idx ON follow_up (participant_id, due_on);
CREATE INDEX follow_up_open_due_idx ON follow_up (due_on) WHERE status = 'SCHEDULED';

CREATE TABLE who5_measurement (
    id             uuid          PRIMARY KEY,
    tenant_id      varchar(40)   NOT NULL REFERENCES municipality (id),
    participant_id uuid          NOT NULL REFERENCES participant (id),
    taken_on       date          NOT NULL,
    items          smallint[]    NOT NULL CHECK (cardinality(items) = 5 AND 0 <= ALL (items) AND 5 >= ALL (items)),
    raw            integer       NOT NULL CHECK (raw BETWEEN 0 AND 25),
    at_referral    boolean       NOT NULL,
    recorded_by    varchar(200)  NOT NULL,
    recorded_at    timestamptz   NOT NULL
);
CREATE INDEX who5_participant_idx ON who5_measurement (participant_id, taken_on);
CREATE UNIQUE INDEX who5_one_baseline ON who5_measurement (participant_id) WHERE at_referral;

CREATE TABLE course_package (
    participant_id        uuid          PRIMARY KEY REFERENCES participant (id),
    tenant_id             varchar(40)   NOT NULL REFERENCES municipality (id),
    recommended_package   varchar(20)   NOT NULL,
    recommended_course    varchar(100)  NOT NULL,
    recommendation_reason varchar(2000) NOT NULL,
    chosen_package        varchar(20)   NOT NULL,
    chosen_course         varchar(100)  NOT NULL,
    override_reason       varchar(2000),
    chosen_by             varchar(200)  NOT NULL,
    chosen_at             timestamptz   NOT NULL,
    started_on            date          NOT NULL,
    completed_on          date,
    CHECK (completed_on IS NULL OR completed_on >= started_on)
);

--changeset virkning:casework-2 splitStatements:false
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['participant_phase', 'team_assignment', 'action_plan', 'activity', 'follow_up',
                              'who5_measurement', 'course_package'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (virkning_tenant_visible(tenant_id))'
                       ' WITH CHECK (virkning_tenant_visible(tenant_id))', t);
        EXECUTE format('CREATE INDEX %I ON %I (tenant_id)', t || '_tenant_idx', t);
    END LOOP;
END $$;

--changeset virkning:casework-3
-- A team member who is a known person: the issuer whose subject 'member' is (null: free text).
ALTER TABLE team_assignment ADD COLUMN member_issuer varchar(500);
