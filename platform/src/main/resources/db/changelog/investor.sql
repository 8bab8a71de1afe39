--liquibase formatted sql

--changeset virkning:investor-1
-- An investor's capital ledger per program: drawdowns (capital paid in) and repayments or
-- distributions (money paid back other than outcome payments, which come from statements).
-- The row belongs to the program's municipality (tenant) like the program itself, so row-level
-- security keeps it in that tenant; investors read it through the all-tenants context, filtered by
-- their own organisation. Insert-only: a wrong entry is corrected by an opposite entry.
CREATE TABLE capital_transaction (
    id              uuid          PRIMARY KEY,
    tenant_id       varchar(40)   NOT NULL REFERENCES municipality (id),
    program_id      uuid          NOT NULL REFERENCES program (id),
    investor_id     uuid          NOT NULL REFERENCES organisation (id),
    type            varchar(16)   NOT NULL CHECK (type IN ('DRAWDOWN', 'REPAYMENT', 'DISTRIBUTION')),
    value_date      date          NOT NULL,
    amount          numeric(14,2) NOT NULL CHECK (amount > 0),
    note            varchar(1000),
    idempotency_key varchar(200)  NOT NULL,
    request_sha256  char(64)      NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    recorded_by     varchar(200)  NOT NULL,
    UNIQUE (investor_id, idempotency_key)
);
CREATE INDEX capital_transaction_program_idx ON capital_transaction (program_id, investor_id, value_date);

ALTER TABLE capital_transaction ENABLE ROW LEVEL SECURITY;
ALTER TABLE capital_transaction FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON capital_transaction
    USING (virkning_tenant_visible(tenant_id)) WITH CHECK (virkning_tenant_visible(tenant_id));

--changeset virkning:investor-2 splitStatements:false
CREATE FUNCTION virkning_refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'capital transactions are insert-only; record a correcting entry instead';
END
$$;
CREATE TRIGGER capital_transaction_immutable BEFORE UPDATE OR DELETE ON capital_transaction
    FOR EACH ROW EXECUTE FUNCTION virkning_refuse_ledger_change();
