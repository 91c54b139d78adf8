import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells every gateway when its cached report figures of an association may be stale
 * (ADR 0008): any insert, update or delete on a table the reports read notifies channel
 * `report_cache` with the association's id, whoever wrote (a gateway, the worker in its
 * own process, the import CLI, an operator's psql). Statement-level triggers with
 * transition tables: one notification per association a statement touched, not per row,
 * so the import's batches of thousands of rows cost one DISTINCT over the batch; NOTIFY
 * also folds identical notifications of one transaction into one, delivered at commit (a
 * rolled-back write sends nothing). Plain (not SECURITY DEFINER) function: `pg_notify`
 * needs no privilege, so it works under row-level security.
 *
 * Not watched, because no report reads them and they are written on reads or by the jobs
 * themselves (watching them would empty the cache on every audited read or log-in):
 * audit_log, users, associations, participant_changes, job_effects, job_failures,
 * mail_outbox, import_mappings, import_runs, board_reports, retention_rules, retention_runs.
 * A new table a report reads gets its three triggers in its own migration (the gateway's
 * report-cache test fails while a table with association_id is neither watched nor listed).
 */
export class ReportCacheNotify1733830402000 implements MigrationInterface {
  name = 'ReportCacheNotify1733830402000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DOWN);
  }
}

const REPORT_CACHE_WATCHED_TABLES = [
  'after_support_episodes',
  'assessment_scores',
  'assessments',
  'attestations',
  'coaches',
  'consents',
  'employers',
  'enrollments',
  'follow_ups',
  'goals',
  'municipalities',
  'participants',
  'phase_transitions',
  'placements',
  'posts',
  'project_budgets',
  'projects',
  'questionnaires',
  'reallocation_bounds',
  'reallocation_lines',
  'reallocation_proposal_lines',
  'reallocation_proposals',
  'reallocation_settings',
  'reallocations',
  'referral_decisions',
  'referrals',
  'salary_settings',
  'se_group_meetings',
  'survey_invitations',
  'survey_responses',
] as const;

const triggersOf = (table: string) => `
CREATE TRIGGER ${table}_report_cache_insert AFTER INSERT ON ${table}
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION notify_report_cache();
CREATE TRIGGER ${table}_report_cache_update AFTER UPDATE ON ${table}
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION notify_report_cache();
CREATE TRIGGER ${table}_report_cache_delete AFTER DELETE ON ${table}
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION notify_report_cache();
`;

const UP = `
CREATE FUNCTION notify_report_cache() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  touched text;
BEGIN
  -- A transition table exists only for the events that have it, so each branch names
  -- only its own (PL/pgSQL plans a statement when it first runs).
  IF TG_OP = 'INSERT' THEN
    FOR touched IN SELECT DISTINCT association_id::text FROM new_rows LOOP
      PERFORM pg_notify('report_cache', touched);
    END LOOP;
  ELSIF TG_OP = 'DELETE' THEN
    FOR touched IN SELECT DISTINCT association_id::text FROM old_rows LOOP
      PERFORM pg_notify('report_cache', touched);
    END LOOP;
  ELSE
    FOR touched IN
      SELECT association_id::text FROM new_rows UNION SELECT association_id::text FROM old_rows
    LOOP
      PERFORM pg_notify('report_cache', touched);
    END LOOP;
  END IF;
  RETURN NULL;
END
$fn$;
${REPORT_CACHE_WATCHED_TABLES.map(triggersOf).join('')}`;

const DOWN = `
${REPORT_CACHE_WATCHED_TABLES.map(
  (table) => `DROP TRIGGER IF EXISTS ${table}_report_cache_insert ON ${table};
DROP TRIGGER IF EXISTS ${table}_report_cache_update ON ${table};
DROP TRIGGER IF EXISTS ${table}_report_cache_delete ON ${table};
`,
).join('')}DROP FUNCTION IF EXISTS notify_report_cache();
`;
