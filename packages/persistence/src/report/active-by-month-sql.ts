import { LocalDate, type Period } from '@finsam-se/domain';
import type { TenantTx } from '../db/database.js';

/** Which enrollments a caseload count reads. */
export type ActiveScope = {
  readonly projectId?: string;
  readonly municipalityId?: string;
  readonly coachId?: string;
};

/** A caseload unit's column of `enrollments` (a closed list: never user text). */
export type ActiveUnitColumn = 'municipality_id' | 'coach_id';

/** A calendar month as one integer (year × 12 + month − 1) of a `date` expression. */
// `extract` has a path for `date`s; `date_part` casts each to a timestamp first, which made
// it most of the statement's time.
export const monthIndex = (date: string) =>
  `(extract(year FROM ${date})::int * 12 + extract(month FROM ${date})::int - 1)`;

/**
 * The month index of a date, as `monthIndex` computes it in SQL, and of the day before a
 * half-open end. The statements take the range's months as numbers: under the generic
 * plans the gateway forces, an expression of a parameter is evaluated again for every row.
 */
export function monthIndexOf(date: LocalDate): number {
  const { year, month } = LocalDate.parts(date);
  return year * 12 + month - 1;
}

export const lastMonthIndexBefore = (end: LocalDate): number =>
  monthIndexOf(LocalDate.addDays(end, -1));

/** 'YYYY-MM' of a month index. */
export function monthKeyOf(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The enrollments active per month of the half-open range, per unit (one column, or
 * both as grouping sets): rows `month` (a month index, `monthKeyOf`), `municipality_id`,
 * `coach_id`, `n`, only where someone is active.
 *
 * An enrollment is active in a month as `isActiveDuring` says, with the month cut to the
 * range: enrolled before its end, not discharged on or before its start. Among the
 * enrollments active somewhere in the range (the WHERE) that is every month from the one
 * it starts in to the one holding the day before its discharge, cut to the range's months,
 * so each enrollment is one span of month numbers, not one row per month. The counts are
 * then +1 where a span starts and −1 the month after it ends, summed per unit in month
 * order: 2 rows per enrollment instead of one per enrollment and month (the caseload
 * chart's 24 months read 12× fewer rows). The month arithmetic is on `date`s, so the
 * session's time zone cannot move a day into another month.
 */
export function activeByMonthSql(
  tx: TenantTx,
  scope: ActiveScope,
  range: Period,
  units: readonly ActiveUnitColumn[],
) {
  const params: unknown[] = [tx.associationId, range.start, range.end];
  const clauses = [
    'e.association_id = $1',
    'e.enrolled_on < $3::date',
    '(e.discharged_on IS NULL OR e.discharged_on > $2::date)',
  ];
  for (const [column, value] of [
    ['e.project_id', scope.projectId],
    ['e.municipality_id', scope.municipalityId],
    ['e.coach_id', scope.coachId],
  ] as const) {
    if (!value) continue;
    params.push(value);
    clauses.push(`${column} = $${params.length}`);
  }
  params.push(monthIndexOf(range.start), lastMonthIndexBefore(range.end));
  const first = `$${params.length - 1}::int`;
  const last = `$${params.length}::int`;
  const columns = units.join(', ');
  const grouping =
    units.length === 1
      ? `month, ${columns}`
      : `GROUPING SETS (${units.map((u) => `(month, ${u})`).join(', ')})`;
  const text = `
    WITH spans AS (
      SELECT e.municipality_id, e.coach_id,
        greatest(${monthIndex('e.enrolled_on')}, ${first}) AS first_month,
        least(coalesce(${monthIndex('(e.discharged_on - 1)')}, ${last}), ${last}) AS last_month
      FROM enrollments e
      WHERE ${clauses.join(' AND ')}),
    deltas AS (
      SELECT first_month AS month, municipality_id, coach_id, 1 AS d FROM spans
      WHERE last_month >= first_month
      UNION ALL
      SELECT last_month + 1, municipality_id, coach_id, -1 FROM spans
      WHERE last_month >= first_month AND last_month < ${last}),
    changes AS (SELECT month, ${columns}, sum(d) AS d FROM deltas GROUP BY ${grouping}),
    running AS (
      SELECT month, ${columns}, sum(d) OVER w AS active, lead(month, 1, ${last} + 1) OVER w AS until
      FROM changes WINDOW w AS (PARTITION BY ${columns} ORDER BY month))
    SELECT g AS month, ${columns}, active::int AS n
    FROM running, generate_series(month, until - 1) AS g
    WHERE active > 0`;
  return { text, params };
}
