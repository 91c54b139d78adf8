import { LocalDate, type Period } from '@finsam-se/domain';
import type { TenantTx } from '../db/database.js';
import { lastMonthIndexBefore, monthIndex, monthIndexOf } from './active-by-month-sql.js';

/** Per municipality: active on the day, and participant-months over the window (if asked). */
export type MunicipalityDemand = {
  readonly active: ReadonlyMap<string, number>;
  readonly activeMonths: Readonly<Record<string, number>>;
};

/**
 * What the reallocation screen weighs, per municipality of a project, in one pass over its
 * enrollments: those active `on` the day (enrolled on or before it, not discharged on or
 * before it), and, over the whole months of `window`, each enrollment's active months
 * counted by month arithmetic as `activeByMonthSql` counts them (from the month it starts
 * to the month holding the day before its discharge, cut to the window), summed. The
 * months' sum over the window's length is `meanCaseload` of the monthly counts
 * (`meanCaseloadOfMonths`); caseload-agreement.int.test.ts holds the two paths equal.
 */
export async function demandByMunicipality(
  tx: TenantTx,
  projectId: string,
  { on, window }: { readonly on: LocalDate; readonly window?: Period },
): Promise<MunicipalityDemand> {
  const start = window?.start ?? on;
  const end = window?.end ?? LocalDate.addDays(on, 1);
  const inWindow = `e.enrolled_on < $5::date AND (e.discharged_on IS NULL OR e.discharged_on > $4::date)`;
  const activeOn = `e.enrolled_on <= $3::date AND (e.discharged_on IS NULL OR e.discharged_on > $3::date)`;
  const first = '$6::int';
  const last = '$7::int';
  // Both conditions narrowed to one range the indexes can use: enrolled by the later of the
  // two ends, not discharged by the earlier start.
  const rows = await tx.query<{ municipality_id: string; active: number; months: number }>(
    `SELECT e.municipality_id,
       count(*) FILTER (WHERE ${activeOn})::int AS active,
       coalesce(sum(greatest(0,
         least(coalesce(${monthIndex('(e.discharged_on - 1)')}, ${last}), ${last})
         - greatest(${monthIndex('e.enrolled_on')}, ${first}) + 1)) FILTER (WHERE ${inWindow}), 0)::int AS months
     FROM enrollments e
     WHERE e.association_id = $1 AND e.project_id = $2
       AND e.enrolled_on <= $8::date
       AND (e.discharged_on IS NULL OR e.discharged_on > $9::date)
     GROUP BY e.municipality_id`,
    [
      tx.associationId,
      projectId,
      on,
      start,
      end,
      monthIndexOf(start),
      lastMonthIndexBefore(end),
      LocalDate.max(on, LocalDate.addDays(end, -1)),
      LocalDate.min(on, start),
    ],
  );
  return {
    active: new Map(rows.filter((r) => r.active > 0).map((r) => [r.municipality_id, r.active])),
    activeMonths: window
      ? Object.fromEntries(
          rows.filter((r) => r.months > 0).map((r) => [r.municipality_id, r.months]),
        )
      : {},
  };
}
