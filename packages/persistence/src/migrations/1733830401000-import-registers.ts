import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import of referrals and placements (issue 20 part 3): the kind of file is the register
 * it fills (`register`: participants, referrals or placements), on each run and on each
 * saved mapping (one mapping per association and register). A run counts the referrals,
 * placements and employers it created besides the participants and enrollments. At most
 * one run per file and register is running at a time.
 */
export class ImportRegisters1733830401000 implements MigrationInterface {
  name = 'ImportRegisters1733830401000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DOWN);
  }
}

const REGISTERS = `('participants', 'referrals', 'placements')`;

const UP = `
ALTER TABLE import_mappings RENAME COLUMN kind TO register;
ALTER TABLE import_mappings DROP CONSTRAINT import_mappings_kind_check;
ALTER TABLE import_mappings ADD CONSTRAINT import_mappings_register_check CHECK (register IN ${REGISTERS});
ALTER TABLE import_runs RENAME COLUMN kind TO register;
ALTER TABLE import_runs DROP CONSTRAINT import_runs_kind_check;
ALTER TABLE import_runs ADD CONSTRAINT import_runs_register_check CHECK (register IN ${REGISTERS});
ALTER TABLE import_runs
  ADD COLUMN referrals_created int NOT NULL DEFAULT 0 CONSTRAINT import_runs_referrals_created_check CHECK (referrals_created >= 0),
  ADD COLUMN placements_created int NOT NULL DEFAULT 0 CONSTRAINT import_runs_placements_created_check CHECK (placements_created >= 0),
  ADD COLUMN employers_created int NOT NULL DEFAULT 0 CONSTRAINT import_runs_employers_created_check CHECK (employers_created >= 0);
DROP INDEX import_runs_one_running_per_file;
CREATE UNIQUE INDEX import_runs_one_running_per_file ON import_runs (association_id, register, file_sha256)
  WHERE status = 'running';
`;

const DOWN = `
DELETE FROM import_runs WHERE register <> 'participants';
DELETE FROM import_mappings WHERE register <> 'participants';
DROP INDEX import_runs_one_running_per_file;
CREATE UNIQUE INDEX import_runs_one_running_per_file ON import_runs (association_id, file_sha256)
  WHERE status = 'running';
ALTER TABLE import_runs DROP COLUMN referrals_created, DROP COLUMN placements_created, DROP COLUMN employers_created;
ALTER TABLE import_runs DROP CONSTRAINT import_runs_register_check;
ALTER TABLE import_runs RENAME COLUMN register TO kind;
ALTER TABLE import_runs ADD CONSTRAINT import_runs_kind_check CHECK (kind = 'participants');
ALTER TABLE import_mappings DROP CONSTRAINT import_mappings_register_check;
ALTER TABLE import_mappings RENAME COLUMN register TO kind;
ALTER TABLE import_mappings ADD CONSTRAINT import_mappings_kind_check CHECK (kind = 'participants');
`;
