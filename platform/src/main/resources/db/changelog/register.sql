--liquibase formatted sql

--changeset virkning:register-1
CREATE TABLE status_import (
    id              uuid         PRIMARY KEY,
    tenant_id       varchar(40)  NOT NULL REFERENCES municipality (id),
    program_id      uuid         NOT NULL REFERENCES program (id),
    content_sha256  char(64)     NOT NULL,
    coverage_from   date         NOT NULL,
    coverage_to     date         NOT NULL,
    row_count       bigint       NOT NULL,
    persons_covered integer      NOT NULL,
    person_weeks    bigint       NOT NULL,
    imported_at     timestamptz  NOT NULL,
    imported_by     varchar(200) NOT NULL,
    UNIQUE (program_id, content_sha256)
);

-- One row per participant and ISO week (its Monday) inside some import's coverage; a later import
-- overwrites the weeks it covers. No row means UNKNOWN.
CREATE TABLE weekly_status (
    participant_id uuid        NOT NULL REFERENCES participant (id),
    week           date        NOT NULL,
    tenant_id      varchar(40) NOT NULL,
    program_id     uuid        NOT NULL,
    status         varchar(24) NOT NULL,
    import_id      uuid        NOT NULL REFERENCES status_import (id),
    PRIMARY KEY (participant_id, week)
);
CREATE INDEX weekly_status_program_idx ON weekly_status (program_id, week);

CREATE TABLE register_code_mapping (
    tenant_id   varchar(40) NOT NULL REFERENCES municipality (id),
    source_code varchar(40) NOT NULL,
    status      varchar(24) NOT NULL,
    PRIMARY KEY (tenant_id, source_code)
);

ALTER TABLE status_import ENABLE ROW LEVEL SECURITY;
ALTER TABLE status_import FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON status_import
    USING (virkning_tenant_visible(tenant_id)) WITH CHECK (virkning_tenant_visible(tenant_id));
ALTER TABLE weekly_status ENABLE ROW LEVEL SECURITY;
ALTER TABLE weekly_status FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON weekly_status
    USING (virkning_tenant_visible(tenant_id)) WITH CHECK (virkning_tenant_visible(tenant_id));
ALTER TABLE register_code_mapping ENABLE ROW LEVEL SECURITY;
ALTER TABLE register_code_mapping FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON register_code_mapping
    USING (virkning_tenant_visible(tenant_id)) WITH CHECK (virkning_tenant_visible(tenant_id));

--changeset virkning:register-2
-- The file's format and the weeks an import changed, for the import report. Imports made before
-- this changeset were long-format files; their changed weeks were not counted.
ALTER TABLE status_import ADD COLUMN format varchar(8) NOT NULL DEFAULT 'LONG'
    CONSTRAINT status_import_format_check CHECK (format IN ('LONG', 'WIDE'));
ALTER TABLE status_import ADD COLUMN changed_weeks bigint;
-- A source code maps to a canonical status (DOMAIN.md 4), never to UNKNOWN: UNKNOWN means no data.
ALTER TABLE register_code_mapping ADD CONSTRAINT register_code_mapping_status_check CHECK (status IN (
    'SELF_SUPPORTING', 'SICKNESS_BENEFIT', 'JOB_CLARIFICATION', 'RESOURCE_COURSE', 'UNEMPLOYMENT_BENEFIT',
    'CASH_BENEFIT', 'FLEX_JOB', 'REVALIDATION', 'DISABILITY_PENSION', 'EDUCATION', 'OTHER_BENEFIT'));

--changeset virkning:register-3
-- A national import writes millions of person-weeks in one INSERT ... SELECT; the foreign key to
-- participant checked (and row-locked) the participant once per row, which was half of the write
-- time (3.1M person-weeks: 50 s with it, 24 s without). The import writes only participants it
-- read from the program under the program's lock, and participants are never deleted, so the key
-- is kept by the code that writes the table instead. The key to status_import stays (it costs
-- nothing measurable: that row is the writing transaction's own).
ALTER TABLE weekly_status DROP CONSTRAINT weekly_status_participant_id_fkey;

--changeset virkning:register-4
-- Per-person coverage (issue 13): an import covers its weeks for exactly the persons its file lists,
-- no longer for every participant enrolled at the time. The weekly statuses that earlier imports
-- wrote stay as they are (they are what those imports meant, and what issued statements' snapshots
-- were built from); their import rows are marked PROGRAM so that their reports keep saying whom they
-- covered. persons_changed was not counted for them.
ALTER TABLE status_import ADD COLUMN coverage_scope varchar(8) NOT NULL DEFAULT 'PROGRAM'
    CONSTRAINT status_import_coverage_scope_check CHECK (coverage_scope IN ('PROGRAM', 'LISTED'));
ALTER TABLE status_import ALTER COLUMN coverage_scope DROP DEFAULT;
ALTER TABLE status_import ADD COLUMN persons_changed integer;
-- The same file again is a new import when it would change something (another import changed its
-- persons' weeks in between), so the content hash no longer identifies one import.
ALTER TABLE status_import DROP CONSTRAINT status_import_program_id_content_sha256_key;
CREATE INDEX status_import_content_idx ON status_import (program_id, content_sha256);
-- A source code may mean "no data for this person this week" (UNKNOWN): the import then leaves the
-- week unknown instead of self-supporting.
ALTER TABLE register_code_mapping DROP CONSTRAINT register_code_mapping_status_check;
ALTER TABLE register_code_mapping ADD CONSTRAINT register_code_mapping_status_check CHECK (status IN (
    'SELF_SUPPORTING', 'SICKNESS_BENEFIT', 'JOB_CLARIFICATION', 'RESOURCE_COURSE', 'UNEMPLOYMENT_BENEFIT',
    'CASH_BENEFIT', 'FLEX_JOB', 'REVALIDATION', 'DISABILITY_PENSION', 'EDUCATION', 'OTHER_BENEFIT', 'UNKNOWN'));

--changeset virkning:register-5 splitStatements:false
-- ANALYZE needs the table's owner (or PostgreSQL 17's MAINTAIN privilege). In production the pods
-- connect as a data role that owns nothing, so a plain ANALYZE after a large import would be skipped
-- with a warning and the next settlement planned on stale statistics. This function runs it as the
-- schema owner who created it; it returns nothing and reads no rows for its caller. The search path
-- is the one the migrations ran with.
CREATE FUNCTION virkning_analyze_weekly_status() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    ANALYZE weekly_status;
END
$$;

--changeset virkning:register-6 splitStatements:false
-- Each participant's weekly statuses as one row, kept by the import beside weekly_status in the same
-- transaction: codes holds one byte per week from first_week (the participant's start week), the
-- status's position in the list below + 1, 0 where weekly_status has no row (unknown). A settlement
-- of 100,000 participants x 156 weeks reads 100,000 rows instead of 15.6 million person-weeks.
-- weekly_status stays the record of which import set which week.
CREATE TABLE status_timeline (
    participant_id uuid        PRIMARY KEY,
    tenant_id      varchar(40) NOT NULL,
    program_id     uuid        NOT NULL,
    first_week     date        NOT NULL,
    codes          bytea       NOT NULL
);
CREATE INDEX status_timeline_program_idx ON status_timeline (program_id);
ALTER TABLE status_timeline ENABLE ROW LEVEL SECURITY;
ALTER TABLE status_timeline FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON status_timeline
    USING (tenant_id = (SELECT virkning_tenant()) OR (SELECT virkning_tenant()) = '*')
    WITH CHECK (tenant_id = (SELECT virkning_tenant()) OR (SELECT virkning_tenant()) = '*');
-- A program's timelines rebuilt from its weekly_status rows, under the caller's row-level security:
-- what the migration below runs for the weeks that imports wrote before this changeset.
CREATE FUNCTION virkning_status_timelines_from_weeks(p_program uuid) RETURNS void
    LANGUAGE sql AS $$
DELETE FROM status_timeline WHERE program_id = p_program;
INSERT INTO status_timeline (participant_id, tenant_id, program_id, first_week, codes)
SELECT b.participant_id, b.tenant_id, b.program_id, b.start_week,
       decode(string_agg(lpad(to_hex(coalesce(array_position(ARRAY[
           'SELF_SUPPORTING', 'SICKNESS_BENEFIT', 'JOB_CLARIFICATION', 'RESOURCE_COURSE', 'UNEMPLOYMENT_BENEFIT',
           'CASH_BENEFIT', 'FLEX_JOB', 'REVALIDATION', 'DISABILITY_PENSION', 'EDUCATION', 'OTHER_BENEFIT']::text[],
           ws.status::text), 0)), 2, '0'), '' ORDER BY k.k), 'hex')
FROM (SELECT p.id AS participant_id, p.tenant_id, p.program_id, p.start_week, max(w.week) AS last_week
      FROM participant p JOIN weekly_status w ON w.participant_id = p.id AND w.week >= p.start_week
      WHERE p.program_id = p_program AND w.program_id = p_program
      GROUP BY p.id, p.tenant_id, p.program_id, p.start_week) b
CROSS JOIN LATERAL generate_series(0, (b.last_week - b.start_week) / 7) AS k(k)
LEFT JOIN weekly_status ws ON ws.participant_id = b.participant_id AND ws.week = b.start_week + 7 * k.k
GROUP BY b.participant_id, b.tenant_id, b.program_id, b.start_week;
$$;
-- What earlier imports wrote, as timelines (the owner reads every tenant's rows for this).
SELECT set_config('virkning.tenant', '*', true);
SELECT virkning_status_timelines_from_weeks(program_id) FROM (SELECT DISTINCT program_id FROM weekly_status) w;
