import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security is forced on every tenant table, and no request path needs the
 * owner any more (ADR 0004).
 *
 * - `FORCE ROW LEVEL SECURITY` on `associations` and every table with `association_id`:
 *   the owner, unless it is a superuser or has BYPASSRLS, is now filtered too (it has no
 *   policy, so it sees no tenant rows). The table list is read from the catalogue, so
 *   the tables of earlier migrations cannot be missed; a test checks every table.
 * - Log-in and the public survey page find their row before the tenant is known. They
 *   call a narrow `SECURITY DEFINER` function as `finsam_app` with no tenant set: one
 *   row by an exact key, only the columns the check needs. The functions belong to
 *   `finsam_lookup`, a NOLOGIN role without BYPASSRLS that may read only those columns
 *   (column grants) of `users` and `survey_invitations` (its own SELECT policy).
 * - Retention runs in the association's transaction as `finsam_app`, which may not
 *   delete audit rows. `finsam_purge_audit_log(as_of)` does that one thing: it belongs to
 *   `finsam_retention`, whose policies see and delete only the current tenant's audit
 *   rows; it reads the association's own rule and never looks past today, so a caller
 *   cannot delete audit rows that are not yet due.
 * - `finsam_app` is the only role that may execute the three functions.
 */
export class ForceRowLevelSecurity1733500000000 implements MigrationInterface {
  name = 'ForceRowLevelSecurity1733500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DOWN);
  }
}

/** `associations` and every table with an `association_id` column, as `regclass`. */
const TENANT_TABLES = `SELECT c.oid::regclass AS tbl FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
    AND (c.relname = 'associations' OR EXISTS (
      SELECT 1 FROM pg_attribute a
      WHERE a.attrelid = c.oid AND a.attname = 'association_id' AND NOT a.attisdropped))`;

const forEachTenantTable = (statement: string) => `DO $$ DECLARE t regclass; BEGIN
  FOR t IN ${TENANT_TABLES} LOOP EXECUTE format('${statement}', t); END LOOP;
END $$;`;

/** Creates a NOLOGIN role once per cluster (roles are shared by every database). */
const role = (name: string) => `DO $$ BEGIN
  CREATE ROLE ${name} NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
DO $$ BEGIN
  -- The migrating user must be able to hand the functions over (ALTER ... OWNER).
  EXECUTE format('GRANT ${name} TO %I', current_user);
EXCEPTION WHEN others THEN NULL;
END $$;
GRANT USAGE ON SCHEMA public TO ${name};`;

/**
 * Hands a function to its owner role and lets only `finsam_app` call it. Changing the
 * owner needs CREATE on the schema for a moment; it is taken back at once.
 */
const handOver = (signature: string, owner: string) => `
GRANT CREATE ON SCHEMA public TO ${owner};
ALTER FUNCTION ${signature} OWNER TO ${owner};
REVOKE CREATE ON SCHEMA public FROM ${owner};
REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ${signature} TO finsam_app;`;

const UP = `
${forEachTenantTable('ALTER TABLE %s FORCE ROW LEVEL SECURITY')}

${role('finsam_lookup')}
GRANT SELECT (association_id, id, email, password_hash, active, failed_logins, locked_until)
  ON users TO finsam_lookup;
GRANT SELECT (association_id, id, token_hash, expires_at, used_at)
  ON survey_invitations TO finsam_lookup;
CREATE POLICY lookup_by_key ON users FOR SELECT TO finsam_lookup USING (true);
CREATE POLICY lookup_by_key ON survey_invitations FOR SELECT TO finsam_lookup USING (true);

-- Log-in: the user with this (already normalised) e-mail, and only what the password
-- check and the lockout need.
CREATE FUNCTION finsam_login_lookup(p_email text)
RETURNS TABLE (association_id uuid, id uuid, password_hash text, active boolean,
               failed_logins int, locked_until timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
  SELECT u.association_id, u.id, u.password_hash, u.active, u.failed_logins, u.locked_until
  FROM public.users u WHERE u.email = p_email
$fn$;
${handOver('finsam_login_lookup(text)', 'finsam_lookup')}

-- The public survey page: the link with this token hash, its tenant and its state.
CREATE FUNCTION finsam_survey_link(p_token_hash bytea)
RETURNS TABLE (association_id uuid, id uuid, expires_at timestamptz, used_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
  SELECT s.association_id, s.id, s.expires_at, s.used_at
  FROM public.survey_invitations s WHERE s.token_hash = p_token_hash
$fn$;
${handOver('finsam_survey_link(bytea)', 'finsam_lookup')}

${role('finsam_retention')}
GRANT SELECT (association_id, kind, years) ON retention_rules TO finsam_retention;
GRANT SELECT (association_id, at), DELETE ON audit_log TO finsam_retention;
CREATE POLICY retention_of_tenant ON retention_rules FOR SELECT TO finsam_retention
  USING (association_id = public.app_association_id());
CREATE POLICY retention_of_tenant ON audit_log FOR SELECT TO finsam_retention
  USING (association_id = public.app_association_id());
CREATE POLICY retention_purge ON audit_log FOR DELETE TO finsam_retention
  USING (association_id = public.app_association_id());

-- Gallring of the audit log for the transaction's tenant: rows older than the
-- association's audit_log rule (default 10 years, RETENTION_DEFAULTS in retention.ts)
-- counted back from as_of, never from a day after today in Stockholm. Returns the count.
CREATE FUNCTION finsam_purge_audit_log(p_as_of date) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
  tenant uuid := public.app_association_id();
  rule_years int;
  deleted int;
BEGIN
  IF tenant IS NULL THEN
    RAISE EXCEPTION 'finsam_purge_audit_log needs a tenant' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT r.years INTO rule_years FROM public.retention_rules r
    WHERE r.association_id = tenant AND r.kind = 'audit_log';
  DELETE FROM public.audit_log l WHERE l.association_id = tenant
    AND l.at < (least(p_as_of, (now() AT TIME ZONE 'Europe/Stockholm')::date)
                - make_interval(years => coalesce(rule_years, 10)));
  GET DIAGNOSTICS deleted = ROW_COUNT;
  RETURN deleted;
END
$fn$;
${handOver('finsam_purge_audit_log(date)', 'finsam_retention')}
`;

const DOWN = `
DROP FUNCTION IF EXISTS finsam_purge_audit_log(date);
DROP POLICY IF EXISTS retention_purge ON audit_log;
DROP POLICY IF EXISTS retention_of_tenant ON audit_log;
DROP POLICY IF EXISTS retention_of_tenant ON retention_rules;
REVOKE ALL ON audit_log FROM finsam_retention;
REVOKE ALL ON retention_rules FROM finsam_retention;
REVOKE USAGE ON SCHEMA public FROM finsam_retention;

DROP FUNCTION IF EXISTS finsam_survey_link(bytea);
DROP FUNCTION IF EXISTS finsam_login_lookup(text);
DROP POLICY IF EXISTS lookup_by_key ON survey_invitations;
DROP POLICY IF EXISTS lookup_by_key ON users;
REVOKE ALL ON survey_invitations FROM finsam_lookup;
REVOKE ALL ON users FROM finsam_lookup;
REVOKE USAGE ON SCHEMA public FROM finsam_lookup;

${forEachTenantTable('ALTER TABLE %s NO FORCE ROW LEVEL SECURITY')}
`;
