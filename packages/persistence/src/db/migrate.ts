import type { DataSource } from 'typeorm';

/** Applies pending migrations; returns their names. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}

/** Whether every committed migration has been applied (for /readyz). */
export async function migrationsCurrent(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.showMigrations());
}

/** Reverts every applied migration, newest first. */
export async function revertAllMigrations(dataSource: DataSource): Promise<number> {
  let reverted = 0;
  for (;;) {
    const rows: { count: string }[] = await dataSource
      .query(`SELECT count(*)::text AS count FROM migrations`)
      .catch(() => [{ count: '0' }]);
    if (Number(rows[0]?.count ?? '0') === 0) return reverted;
    await dataSource.undoLastMigration({ transaction: 'each' });
    reverted += 1;
  }
}
