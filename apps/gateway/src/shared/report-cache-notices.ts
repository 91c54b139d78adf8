import type { Database } from '@finsam-se/persistence';

/**
 * The two notices the report cache of every gateway process hears (ADR 0008):
 * `report_cache` with an association's id when a table the reports read changed (the
 * triggers of migration ReportCacheNotify send it), and `report_cache_warm` with an
 * association's id when the nightly jobs are done and its default figures may be computed
 * ahead of the first reader.
 */
export const REPORT_CACHE_CHANNEL = 'report_cache';
export const REPORT_CACHE_WARM_CHANNEL = 'report_cache_warm';

/**
 * Tells every gateway (in this process or another) to warm the association's figures.
 * Sent after the night's writes committed, so the figures computed see them.
 */
export async function announceReportCacheWarm(
  database: Database,
  associationId: string,
): Promise<void> {
  await database.withTenant(associationId, (tx) =>
    tx.query(`SELECT pg_notify('${REPORT_CACHE_WARM_CHANNEL}', $1)`, [associationId]),
  );
}
