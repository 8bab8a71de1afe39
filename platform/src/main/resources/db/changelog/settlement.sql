--liquibase formatted sql

--changeset virkning:settlement-1
-- An issued statement is immutable: the trigger below refuses every update and delete.
CREATE TABLE statement (
    id                  uuid          PRIMARY KEY,
    tenant_id           varchar(40)   NOT NULL REFERENCES municipality (id),
    program_id          uuid          NOT NULL REFERENCES program (id),
    period_label        varchar(10)   NOT NULL,
    period_first_day    date          NOT NULL,
    period_last_day     date          NOT NULL,
    status              varchar(16)   NOT NULL,
    plugin_id           varchar(100)  NOT NULL,
    plugin_version      varchar(50)   NOT NULL,
    plugin_sha256       char(64)      NOT NULL,
    input_sha256        char(64)      NOT NULL,
    input_snapshot      bytea         NOT NULL,
    previous_id         uuid          REFERENCES statement (id),
    previous_hash       char(64),
    statement_hash      char(64)      NOT NULL,
    earned              numeric(14,2) NOT NULL,
    previously_settled  numeric(14,2) NOT NULL,
    due                 numeric(14,2) NOT NULL,
    participants        integer       NOT NULL,
    issued_at           timestamptz   NOT NULL,
    issued_by           varchar(200)  NOT NULL,
    UNIQUE (program_id, period_label)
);

CREATE TABLE statement_line (
    statement_id   uuid          NOT NULL REFERENCES statement (id),
    line_no        integer       NOT NULL,
    tenant_id      varchar(40)   NOT NULL,
    kind           varchar(8)    NOT NULL CHECK (kind IN ('EARNED', 'PENDING')),
    participant_id uuid,
    outcome        varchar(100)  NOT NULL,
    description    varchar(1000) NOT NULL,
    quantity       numeric(14,4),
    amount         numeric(14,2),
    PRIMARY KEY (statement_id, line_no)
);

ALTER TABLE statement ENABLE ROW LEVEL SECURITY;
ALTER TABLE statement FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON statement
    USING (virkning_tenant_visible(tenant_id)) WITH CHECK (virkning_tenant_visible(tenant_id));
ALTER TABLE statement_line ENABLE ROW LEVEL SECURITY;
ALTER TABLE statement_line FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON statement_line
    USING (virkning_tenant_visible(tenant_id)) WITH CHECK (virkning_tenant_visible(tenant_id));

--changeset virkning:settlement-2 splitStatements:false
CREATE FUNCTION virkning_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'issued statements are immutable';
END
$$;
CREATE TRIGGER statement_immutable BEFORE UPDATE OR DELETE ON statement
    FOR EACH ROW EXECUTE FUNCTION virkning_refuse_change();
CREATE TRIGGER statement_line_immutable BEFORE UPDATE OR DELETE ON statement_line
    FOR EACH ROW EXECUTE FUNCTION virkning_refuse_change();

--changeset virkning:settlement-3 splitStatements:false
-- Statement lifecycle: DRAFT (computed, snapshot frozen, hash made; may be discarded) -> ISSUED ->
-- APPROVED or DISPUTED by the municipality. The content of a statement never changes: the guard
-- below lets only the state columns move, and only along those transitions. A draft may be deleted
-- (discarded or recomputed); nothing else may.
DROP TRIGGER statement_immutable ON statement;
DROP TRIGGER statement_line_immutable ON statement_line;

ALTER TABLE statement ADD COLUMN created_at timestamptz;
ALTER TABLE statement ADD COLUMN created_by varchar(200);
UPDATE statement SET created_at = issued_at, created_by = issued_by;
ALTER TABLE statement ALTER COLUMN created_at SET NOT NULL;
ALTER TABLE statement ALTER COLUMN created_by SET NOT NULL;
ALTER TABLE statement ALTER COLUMN issued_at DROP NOT NULL;
ALTER TABLE statement ALTER COLUMN issued_by DROP NOT NULL;
ALTER TABLE statement ADD COLUMN decided_at timestamptz;
ALTER TABLE statement ADD COLUMN decided_by varchar(200);
ALTER TABLE statement ADD COLUMN dispute_reason varchar(1000);
ALTER TABLE statement ADD CONSTRAINT statement_status_check
    CHECK (status IN ('DRAFT', 'ISSUED', 'APPROVED', 'DISPUTED'));
ALTER TABLE statement ADD CONSTRAINT statement_issued_check
    CHECK (status = 'DRAFT' OR (issued_at IS NOT NULL AND issued_by IS NOT NULL));
ALTER TABLE statement ADD CONSTRAINT statement_decided_check
    CHECK (status NOT IN ('APPROVED', 'DISPUTED') OR (decided_at IS NOT NULL AND decided_by IS NOT NULL));
ALTER TABLE statement ADD CONSTRAINT statement_dispute_check
    CHECK ((status = 'DISPUTED') = (dispute_reason IS NOT NULL));

-- A period may now hold a disputed statement and its correction, and a draft beside them.
ALTER TABLE statement DROP CONSTRAINT statement_program_id_period_label_key;
-- At most one settled (issued or approved) statement and one draft per program and period.
CREATE UNIQUE INDEX statement_period_settled ON statement (program_id, period_label)
    WHERE status IN ('ISSUED', 'APPROVED');
CREATE UNIQUE INDEX statement_period_draft ON statement (program_id, period_label) WHERE status = 'DRAFT';
-- The issued statements of a program form one linear hash chain: one start, one successor each.
CREATE UNIQUE INDEX statement_chain_start ON statement (program_id)
    WHERE previous_id IS NULL AND status <> 'DRAFT';
CREATE UNIQUE INDEX statement_chain_successor ON statement (previous_id) WHERE status <> 'DRAFT';

CREATE FUNCTION virkning_statement_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    expected statement;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status = 'DRAFT' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'issued statements are immutable';
    END IF;
    IF NOT ((OLD.status = 'DRAFT' AND NEW.status = 'ISSUED')
            OR (OLD.status = 'ISSUED' AND NEW.status IN ('APPROVED', 'DISPUTED'))) THEN
        RAISE EXCEPTION 'issued statements are immutable (% to % is no transition)', OLD.status, NEW.status;
    END IF;
    expected := OLD;
    expected.status := NEW.status;
    IF OLD.status = 'DRAFT' THEN
        expected.issued_at := NEW.issued_at;
        expected.issued_by := NEW.issued_by;
    ELSE
        expected.decided_at := NEW.decided_at;
        expected.decided_by := NEW.decided_by;
        expected.dispute_reason := NEW.dispute_reason;
    END IF;
    IF expected IS DISTINCT FROM NEW THEN
        RAISE EXCEPTION 'issued statements are immutable (only the state may change)';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER statement_guard BEFORE UPDATE OR DELETE ON statement
    FOR EACH ROW EXECUTE FUNCTION virkning_statement_guard();

CREATE FUNCTION virkning_statement_line_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM statement WHERE id = OLD.statement_id AND status = 'DRAFT') THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'issued statements are immutable';
END
$$;
CREATE TRIGGER statement_line_guard BEFORE UPDATE OR DELETE ON statement_line
    FOR EACH ROW EXECUTE FUNCTION virkning_statement_line_guard();

--changeset virkning:settlement-4
-- ShedLock's lock table: the periodic settlement runs on one replica at a time. Not tenant data.
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL
);

--changeset virkning:settlement-5
-- Open money (plugin API 1.1): what a pending line stands for and the most it can still earn. Both are
-- NULL on the lines of statements from before, and on pending lines of a plugin that does not say;
-- the statement hash includes them only where the kind is recorded, so those statements verify as
-- they did. Earned lines never have them.
ALTER TABLE statement_line
    ADD COLUMN pending_kind varchar(20)
        CHECK (pending_kind IN ('OUTCOME_PAYMENT', 'WEEKLY_PAYMENT', 'BONUS', 'UNSPECIFIED')),
    ADD COLUMN open_amount numeric(14,2) CHECK (open_amount >= 0),
    ADD CONSTRAINT statement_line_open_only_pending
        CHECK (kind = 'PENDING' OR (pending_kind IS NULL AND open_amount IS NULL)),
    ADD CONSTRAINT statement_line_open_has_kind CHECK (open_amount IS NULL OR pending_kind IS NOT NULL);
