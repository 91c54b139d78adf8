import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who registered a participant (`registered_by`, a user). A coach sees the people they
 * registered until someone enrols them; before this column a coach's new participant
 * vanished from the coach's own lists (their scope was "has an enrollment with me").
 * Existing rows stay NULL: nobody knows who registered them, and their coaches see them
 * through their enrollments as before. The partial index serves the coach's list.
 */
export class ParticipantRegisteredBy1733263000000 implements MigrationInterface {
  name = 'ParticipantRegisteredBy1733263000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE participants ADD COLUMN registered_by uuid`);
    await queryRunner.query(
      `ALTER TABLE participants ADD CONSTRAINT participants_registered_by_fkey
         FOREIGN KEY (association_id, registered_by) REFERENCES users(association_id, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX participants_by_registrant ON participants (association_id, registered_by)
         WHERE registered_by IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS participants_by_registrant`);
    await queryRunner.query(`ALTER TABLE participants DROP COLUMN IF EXISTS registered_by`);
  }
}
