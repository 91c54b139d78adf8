import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import from spreadsheets (issue 20 part 3):
 * - `import_mappings`: the column mapping an association last used, per kind of file, so
 *   the next file with the same headers maps itself;
 * - `import_runs`: one import of one file (by its SHA-256): the mapping it used, how far it
 *   got (`next_index`, the valid rows written, advanced in the same transaction as each
 *   batch, so a run that stopped resumes where it stopped), what it wrote and skipped. At
 *   most one run per file is running at a time.
 * Both carry association_id with the tenant_isolation policy, forced.
 */
export class ImportRuns1733830400000 implements MigrationInterface {
  name = 'ImportRuns1733830400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TABLE IF EXISTS import_runs; DROP TABLE IF EXISTS import_mappings;`,
    );
  }
}

const TABLES = ['import_mappings', 'import_runs'];

const UP = `
CREATE TABLE import_mappings (
  association_id uuid NOT NULL REFERENCES associations(id),
  kind text NOT NULL CHECK (kind IN ('participants')),
  mapping jsonb NOT NULL CHECK (jsonb_typeof(mapping) = 'object'),
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (association_id, kind),
  FOREIGN KEY (association_id, updated_by) REFERENCES users(association_id, id)
);

CREATE TABLE import_runs (
  association_id uuid NOT NULL REFERENCES associations(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('participants')),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  file_sha256 text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  mapping jsonb NOT NULL CHECK (jsonb_typeof(mapping) = 'object'),
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
  total_rows int NOT NULL CHECK (total_rows >= 0),
  valid_rows int NOT NULL CHECK (valid_rows >= 0 AND valid_rows <= total_rows),
  next_index int NOT NULL DEFAULT 0 CHECK (next_index >= 0 AND next_index <= valid_rows),
  participants_created int NOT NULL DEFAULT 0 CHECK (participants_created >= 0),
  enrollments_created int NOT NULL DEFAULT 0 CHECK (enrollments_created >= 0),
  rows_skipped int NOT NULL DEFAULT 0 CHECK (rows_skipped >= 0),
  started_by uuid,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  PRIMARY KEY (association_id, id),
  CHECK ((status = 'running') = (finished_at IS NULL)),
  FOREIGN KEY (association_id, started_by) REFERENCES users(association_id, id)
);
CREATE UNIQUE INDEX import_runs_one_running_per_file ON import_runs (association_id, file_sha256)
  WHERE status = 'running';
CREATE INDEX import_runs_by_start ON import_runs (association_id, started_at);

${TABLES.map(
  (table) => `GRANT SELECT, INSERT, UPDATE ON ${table} TO finsam_app;
ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ${table} TO finsam_app
  USING (association_id = app_association_id()) WITH CHECK (association_id = app_association_id());`,
).join('\n')}
`;
