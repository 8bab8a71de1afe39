--liquibase formatted sql

--changeset virkning:program-1
CREATE TABLE program (
    id             uuid         PRIMARY KEY,
    tenant_id      varchar(40)  NOT NULL REFERENCES municipality (id),
    name           varchar(200) NOT NULL,
    provider_id    uuid         NOT NULL REFERENCES organisation (id),
    plugin_id      varchar(100) NOT NULL,
    plugin_version varchar(50)  NOT NULL,
    terms          jsonb        NOT NULL,
    start_date     date         NOT NULL,
    capacity       integer      NOT NULL CHECK (capacity > 0),
    created_at     timestamptz  NOT NULL,
    created_by     varchar(200) NOT NULL
);
CREATE INDEX program_tenant_idx ON program (tenant_id);
CREATE INDEX program_provider_idx ON program (provider_id);

CREATE TABLE program_investor (
    program_id  uuid        NOT NULL REFERENCES program (id),
    investor_id uuid        NOT NULL REFERENCES organisation (id),
    -- Filled from the session's tenant: Hibernate writes collection rows without the tenant id.
    tenant_id   varchar(40) NOT NULL DEFAULT current_setting('virkning.tenant', true) REFERENCES municipality (id),
    PRIMARY KEY (program_id, investor_id)
);
CREATE INDEX program_investor_investor_idx ON program_investor (investor_id);

ALTER TABLE program ENABLE ROW LEVEL SECURITY;
ALTER TABLE program FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON program
    USING (virkning_tenant_visible(tenant_id)) WITH CHECK (virkning_tenant_visible(tenant_id));
ALTER TABLE program_investor ENABLE ROW LEVEL SECURITY;
ALTER TABLE program_investor FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON program_investor
    USING (virkning_tenant_visible(tenant_id)) WITH CHECK (virkning_tenant_visible(tenant_id));

--changeset virkning:program-2
-- Moving a program to another plugin version is an explicit act with a reason, kept here.
CREATE TABLE program_plugin_change (
    id           bigserial     PRIMARY KEY,
    tenant_id    varchar(40)   NOT NULL REFERENCES municipality (id),
    program_id   uuid          NOT NULL REFERENCES program (id),
    from_version varchar(50)   NOT NULL,
    to_version   varchar(50)   NOT NULL,
    reason       varchar(1000) NOT NULL,
    changed_at   timestamptz   NOT NULL,
    changed_by   varchar(200)  NOT NULL
);
ALTER TABLE program_plugin_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE program_plugin_change FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON program_plugin_change
    USING (virkning_tenant_visible(tenant_id)) WITH CHECK (virkning_tenant_visible(tenant_id));

--changeset virkning:program-3
-- A published read-only view (issue 13) for features that must join programs in SQL (the casework
-- worklist scopes by provider); security_invoker keeps the table's row-level security in force.
CREATE VIEW program_published WITH (security_invoker = true) AS
    SELECT id, tenant_id, name, provider_id, start_date
    FROM program;
