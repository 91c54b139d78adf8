import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A participant has at most one open enrollment (not discharged) per project. The
 * service refuses a second one too, but only the database sees two requests at once,
 * so the rule is a partial unique index; the gateway maps its violation to
 * `ENROLLMENT.ALREADY_OPEN`. The demo seed and the national generator give each person
 * one referral and at most one enrollment, so existing data never violates it.
 */
export class OneOpenEnrollment1733240000000 implements MigrationInterface {
  name = 'OneOpenEnrollment1733240000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX enrollments_one_open_per_project ON enrollments (association_id, participant_id, project_id) WHERE discharged_on IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS enrollments_one_open_per_project`);
  }
}
