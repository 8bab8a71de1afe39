--liquibase formatted sql

--changeset virkning:tenant-policies-1 splitStatements:false
-- Every tenant_isolation policy reads the session's tenant once per query instead of once per row.
-- The policies of tenant-2 and the features call virkning_tenant_visible(tenant_id), which PostgreSQL
-- inlines as coalesce(current_setting(...)) IN (tenant_id, '*'): current_setting is evaluated for
-- every row (a settlement of 100,000 x 156 weeks evaluates it 15.6 million times), and the planner
-- estimates the qual at 0.5 % of the rows, so it plans nested loops for whole programs. Here the
-- setting is a sub-select, an InitPlan computed once per query, and the row qual is a plain equality
-- the planner estimates from the column's statistics. Same rows visible as before: tenant_id equal to
-- the setting, or the setting is '*'; nothing without a setting. Runs last, over the policies every
-- feature's changelog made (virkning_tenant() is tenant-3); a feature that adds a table later creates its
-- policy in this form.
DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_policies
             WHERE schemaname = current_schema() AND policyname = 'tenant_isolation' LOOP
        EXECUTE format('ALTER POLICY tenant_isolation ON %I'
                       ' USING (tenant_id = (SELECT virkning_tenant()) OR (SELECT virkning_tenant()) = ''*'')'
                       ' WITH CHECK (tenant_id = (SELECT virkning_tenant()) OR (SELECT virkning_tenant()) = ''*'')', t);
    END LOOP;
END $$;
