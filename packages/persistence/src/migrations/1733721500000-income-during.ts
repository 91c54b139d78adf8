import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Income sources during participation (the project description §9: "före, under och efter
 * projektdeltagandet"), beside those at the start and at the end, from the same code list.
 * Existing rows get an empty list: not recorded, which the reports show as "Ej angiven".
 */
export class IncomeDuring1733721500000 implements MigrationInterface {
  name = 'IncomeDuring1733721500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE enrollments ADD COLUMN compensation_during text[] NOT NULL DEFAULT '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE enrollments DROP COLUMN IF EXISTS compensation_during`);
  }
}
