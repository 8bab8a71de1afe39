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
