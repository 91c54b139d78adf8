import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data lifecycle (GDPR): consent per purpose with history, the history of
 * corrections (rättelse), retention rules per kind of data and the log of retention runs,
 * and the day a participant was anonymised. Same tenant pattern as the initial schema:
 * `association_id` in every key, RLS policy `tenant_isolation` for `finsam_app`.
 */
export class PersonalData1732700000000 implements MigrationInterface {
  name = 'PersonalData1732700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DOWN);
  }
}

const newTables = ['consents', 'participant_changes', 'retention_rules', 'retention_runs'];

const UP = `
-- Set when the person's identifying data was irreversibly anonymised (erasure or gallring).
ALTER TABLE participants ADD COLUMN anonymised_on date;

-- Samtycke per purpose. Withdrawal sets withdrawn_on; a new consent is a new row (history kept).
CREATE TABLE consents (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('participation','sus_registration','surveys','follow_up_contact')),
  given_on date NOT NULL,
  method text NOT NULL CHECK (method IN ('written','verbal','digital')),
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_on date,
  withdrawn_by uuid,
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, participant_id) REFERENCES participants(association_id, id),
  FOREIGN KEY (association_id, recorded_by) REFERENCES users(association_id, id),
  FOREIGN KEY (association_id, withdrawn_by) REFERENCES users(association_id, id),
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consents_by_participant ON consents (association_id, participant_id, purpose);

-- Rättelse: every change of a participant's data, field by field (personnummer only masked).
CREATE TABLE participant_changes (
  association_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by uuid,
  field text NOT NULL CHECK (length(field) BETWEEN 1 AND 60),
  old_value text CHECK (length(old_value) <= 2000),
  new_value text CHECK (length(new_value) <= 2000),
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, participant_id) REFERENCES participants(association_id, id),
  FOREIGN KEY (association_id, changed_by) REFERENCES users(association_id, id)
);
CREATE INDEX participant_changes_by_participant ON participant_changes (association_id, participant_id, changed_at);

-- Gallring: years to keep each kind of data; a missing row means the default in code.
CREATE TABLE retention_rules (
  association_id uuid NOT NULL REFERENCES associations(id),
  kind text NOT NULL CHECK (kind IN ('identifying_data','audit_log')),
  years int NOT NULL CHECK (years BETWEEN 1 AND 100),
  changed_by uuid,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (association_id, kind),
  FOREIGN KEY (association_id, changed_by) REFERENCES users(association_id, id)
);

-- What each (real) retention run did.
CREATE TABLE retention_runs (
  association_id uuid NOT NULL REFERENCES associations(id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  run_at timestamptz NOT NULL DEFAULT now(),
  as_of date NOT NULL,
  run_by uuid,
  identifying_years int NOT NULL,
  audit_years int NOT NULL,
  participants_anonymised int NOT NULL CHECK (participants_anonymised >= 0),
  audit_rows_deleted int NOT NULL CHECK (audit_rows_deleted >= 0),
  PRIMARY KEY (association_id, id),
  FOREIGN KEY (association_id, run_by) REFERENCES users(association_id, id)
);

GRANT SELECT, INSERT, UPDATE ON consents TO finsam_app;
-- UPDATE only so that anonymisation can blank erased names in the history.
GRANT SELECT, INSERT, UPDATE ON participant_changes TO finsam_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON retention_rules TO finsam_app;
-- Erasure clears the free-text note of assessments (survey module): that column only.
DO $$ BEGIN
  IF to_regclass('public.assessments') IS NOT NULL THEN
    GRANT UPDATE (note) ON assessments TO finsam_app;
  END IF;
END $$;
GRANT SELECT, INSERT ON retention_runs TO finsam_app;
${newTables
  .map(
    (table) => `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ${table} TO finsam_app
  USING (association_id = app_association_id()) WITH CHECK (association_id = app_association_id());`,
  )
  .join('\n')}
`;

const DOWN = `
${[...newTables]
  .reverse()
  .map((table) => `DROP TABLE IF EXISTS ${table} CASCADE;`)
  .join('\n')}
ALTER TABLE participants DROP COLUMN IF EXISTS anonymised_on;
`;
