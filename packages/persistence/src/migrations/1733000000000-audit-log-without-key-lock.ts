import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every read of personal data writes audit rows, so the audit log takes inserts at the
 * rate of reads. Its foreign key to `associations` made each row lock the association's
 * row (FOR KEY SHARE): hundreds of concurrent reads of one association then share that
 * lock through multixacts, measured as a quarter of the read statement's time. The key
 * added nothing: row-level security's WITH CHECK already pins `association_id` to the
 * transaction's tenant, which exists (the session was found through it), and
 * associations are never deleted. The audit log keeps every other constraint.
 */
export class AuditLogWithoutKeyLock1733000000000 implements MigrationInterface {
  name = 'AuditLogWithoutKeyLock1733000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_association_id_fkey`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE audit_log ADD CONSTRAINT audit_log_association_id_fkey FOREIGN KEY (association_id) REFERENCES associations(id)`,
    );
  }
}
