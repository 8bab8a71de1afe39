--liquibase formatted sql

--changeset virkning:tenant-1
CREATE TABLE municipality (
    id                varchar(40)  PRIMARY KEY,
    name              varchar(200) NOT NULL,
    municipality_code varchar(3)     NOT NULL UNIQUE,
    created_at        timestamptz  NOT NULL
);

--changeset virkning:tenant-2 splitStatements:false
-- Row-level security is the second line of tenant isolation behind Hibernate's tenant filter:
-- a row is visible only when its tenant_id equals the session setting virkning.tenant (set on every
-- connection checkout), or the setting is '*' (system work and cross-municipality aggregates).
-- FORCE makes the policy bind the table owner too; the application never connects as a superuser.
CREATE FUNCTION virkning_tenant_visible(row_tenant varchar) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('virkning.tenant', true), '') IN (row_tenant, '*')
$$;

--changeset virkning:tenant-3 splitStatements:false
-- The session's tenant ('' without one), for policies to read once per query as a sub-select (see
-- tenant-policies.sql).
CREATE FUNCTION virkning_tenant() RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('virkning.tenant', true), '')
$$;
