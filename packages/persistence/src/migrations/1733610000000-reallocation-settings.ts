import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The seeds' reallocation rules as project settings (issue 17):
 * - `reallocation_settings`: who decides (the steering group under the board's delegation,
 *   with the board's delegation reference, or the board approving the steering group's
 *   proposals). No row means the default: DELEGATED with no reference recorded (how
 *   every project worked before this migration).
 * - `reallocation_bounds`: a municipality's minimum and maximum FTE in a project, in
 *   hundredths; a NULL minimum is the default, one step of the plan.
 * - `reallocation_proposals` and their lines: a proposal the board approves or rejects.
 * - `reallocations` records who proposed (`proposed_by`, `proposal_id`) and under which
 *   mode and delegation reference it was decided.
 * Every table carries association_id with the tenant_isolation policy, forced.
 */
export class ReallocationSettings1733610000000 implements MigrationInterface {
  name = 'ReallocationSettings1733610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DOWN);
  }
}

const TABLES = [
  'reallocation_settings',
  'reallocation_bounds',
  'reallocation_proposals',
  'reallocation_proposal_lines',
];

const UP = `
CREATE TABLE reallocation_settings (
  association_id uuid NOT NULL,
  project_id uuid NOT NULL,
  decision_mode text NOT NULL DEFAULT 'DELEGATED' CHECK (decision_mode IN ('DELEGATED', 'BOARD_APPROVAL')),
  delegation_reference text CHECK (length(delegation_reference) BETWEEN 1 AND 200),
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (association_id, project_id),
  CHECK (decision_mode = 'BOARD_APPROVAL' OR delegation_reference IS NOT NULL),
  FOREIGN KEY (association_id, project_id) REFERENCES projects(association_id, id),
  FOREIGN KEY (association_id, updated_by) REFERENCES users(association_id, id)
);

CREATE TABLE reallocation_bounds (
  association_id uuid NOT NULL,
  project_id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  min_fte smallint CHECK (min_fte BETWEEN 0 AND 10000),
  max_fte smallint CHECK (max_fte BETWEEN 0 AND 10000),
  PRIMARY KEY (association_id, project_id, municipality_id),
  CHECK (min_fte IS NULL OR max_fte IS NULL OR min_fte <= max_fte),
  FOREIGN KEY (association_id, project_id) REFERENCES projects(association_id, id),
  FOREIGN KEY (association_id, municipality_id) REFERENCES municipalities(association_id, id)
);

CREATE TABLE reallocation_proposals (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL,
  effective_from date NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 3 AND 2000),
  method text CHECK (method IN ('hamilton','webster','dhondt','huntington-hill','adams')),
  based_on_version int NOT NULL,
  proposed_by uuid NOT NULL,
  proposed_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 100),
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
  reviewed_by uuid,
  reviewed_at timestamptz,
  review_note text CHECK (length(review_note) <= 2000),
  reallocation_id uuid,
  PRIMARY KEY (association_id, id),
  UNIQUE (association_id, idempotency_key),
  CHECK ((status = 'PENDING') = (reviewed_by IS NULL)),
  CHECK ((status = 'APPROVED') = (reallocation_id IS NOT NULL)),
  FOREIGN KEY (association_id, project_id) REFERENCES projects(association_id, id),
  FOREIGN KEY (association_id, proposed_by) REFERENCES users(association_id, id),
  FOREIGN KEY (association_id, reviewed_by) REFERENCES users(association_id, id),
  FOREIGN KEY (association_id, reallocation_id) REFERENCES reallocations(association_id, id)
);
CREATE INDEX reallocation_proposals_by_project ON reallocation_proposals (association_id, project_id, proposed_at);

CREATE TABLE reallocation_proposal_lines (
  association_id uuid NOT NULL,
  proposal_id uuid NOT NULL,
  municipality_id uuid NOT NULL,
  fte_after smallint NOT NULL CHECK (fte_after >= 0),
  PRIMARY KEY (association_id, proposal_id, municipality_id),
  FOREIGN KEY (association_id, proposal_id) REFERENCES reallocation_proposals(association_id, id) ON DELETE CASCADE,
  FOREIGN KEY (association_id, municipality_id) REFERENCES municipalities(association_id, id)
);

ALTER TABLE reallocations
  ADD COLUMN decision_mode text CHECK (decision_mode IN ('DELEGATED', 'BOARD_APPROVAL')),
  ADD COLUMN delegation_reference text CHECK (length(delegation_reference) <= 200),
  ADD COLUMN proposed_by uuid,
  ADD COLUMN proposal_id uuid,
  ADD CONSTRAINT reallocations_proposed_by_fkey
    FOREIGN KEY (association_id, proposed_by) REFERENCES users(association_id, id),
  ADD CONSTRAINT reallocations_proposal_fkey
    FOREIGN KEY (association_id, proposal_id) REFERENCES reallocation_proposals(association_id, id);

${TABLES.map(
  (table) => `GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO finsam_app;
ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ${table} TO finsam_app
  USING (association_id = app_association_id()) WITH CHECK (association_id = app_association_id());`,
).join('\n')}
`;

const DOWN = `
ALTER TABLE reallocations
  DROP CONSTRAINT IF EXISTS reallocations_proposal_fkey,
  DROP CONSTRAINT IF EXISTS reallocations_proposed_by_fkey,
  DROP COLUMN IF EXISTS proposal_id,
  DROP COLUMN IF EXISTS proposed_by,
  DROP COLUMN IF EXISTS delegation_reference,
  DROP COLUMN IF EXISTS decision_mode;
${[...TABLES]
  .reverse()
  .map((table) => `DROP TABLE IF EXISTS ${table};`)
  .join('\n')}
`;
