import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the list pages measured by `npm run bench`: participants sorted by name
 * within an association (the admin's default list) and coaches by municipality.
 */
export class ListIndexes1732800000000 implements MigrationInterface {
  name = 'ListIndexes1732800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX participants_by_name ON participants (association_id, last_name, first_name, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX coaches_by_municipality ON coaches (association_id, municipality_id)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS coaches_by_municipality`);
    await queryRunner.query(`DROP INDEX IF EXISTS participants_by_name`);
  }
}
