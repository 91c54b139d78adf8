import type { Gender, Period } from '@finsam-se/domain';
import {
  type CaseloadCount,
  type CaseloadUnit,
  type IncomeMode,
  type IncomeStage,
  type OutcomeTally,
  type TransitionStep,
  type TransitionTally,
  incomeCategory,
  incomeCodesRead,
  outcomeKindOf,
  stagesOf,
} from '@finsam-se/reporting';
import type { TenantTx } from '../db/database.js';
import {
  type ActiveScope,
  type ActiveUnitColumn,
  activeByMonthSql,
  monthKeyOf,
} from './active-by-month-sql.js';
import { demandByMunicipality } from './demand-sql.js';

/**
 * The outcome groupings counted in SQL. Age bands and target-group factors are not: they
 * are counted from rows (`reportRowsRepository.enrollments`).
 */
export type TalliedDimension = 'total' | 'municipality' | 'coach' | 'gender';

export const talliedDimensions: readonly TalliedDimension[] = [
  'total',
  'municipality',
  'coach',
  'gender',
];

export const isTalliedDimension = (value: string): value is TalliedDimension =>
  (talliedDimensions as readonly string[]).includes(value);

/**
 * Which enrollments a tally counts: always one association (the transaction's tenant),
 * the same scope as `reportRowsRepository.enrollments`, and of those the ones the reports
 * count, discharged in the half-open period.
 */
export type TallyScope = {
  readonly projectId?: string;
  readonly municipalityId?: string;
  readonly coachId?: string;
  /** Discharges with the discharge day in this half-open period. */
  readonly period: Period;
  /** Only participants of this gender. */
  readonly gender?: Gender;
};

/** The group key of an enrollment in SQL, per dimension (a closed list: never user text). */
const keyColumn: Readonly<Record<TalliedDimension, string>> = {
  total: `'all'`,
  municipality: 'e.municipality_id',
  coach: 'e.coach_id',
  gender: 'p.gender',
};

/** `column = $n` for every filter with a value, its value appended to `params`. */
function addEqualityFilters(
  filters: readonly (readonly [column: string, value: string | undefined])[],
  params: unknown[],
  clauses: string[],
): void {
  for (const [column, value] of filters) {
    if (!value) continue;
    params.push(value);
    clauses.push(`${column} = $${params.length}`);
  }
}

/**
 * `FROM … WHERE …` of the discharges in scope. The period rule is the rows' (enrolled
 * before the end, not discharged before the start) narrowed as the reports narrow it
 * (discharge day in the period). Participants are joined when their gender is read; the
 * foreign key makes the join keep every enrollment, as the rows' join does.
 */
function dischargesSql(scope: TallyScope, tx: TenantTx, withParticipant: boolean) {
  const params: unknown[] = [tx.associationId, scope.period.start, scope.period.end];
  const clauses = [
    'e.association_id = $1',
    'e.enrolled_on < $3::date',
    'e.discharged_on >= $2::date',
    'e.discharged_on < $3::date',
  ];
  const filters: readonly (readonly [string, string | undefined])[] = [
    ['e.project_id', scope.projectId],
    ['e.municipality_id', scope.municipalityId],
    ['e.coach_id', scope.coachId],
    ['p.gender', scope.gender],
  ];
  addEqualityFilters(filters, params, clauses);
  const join =
    withParticipant || scope.gender
      ? 'JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id'
      : '';
  return { from: `enrollments e ${join} WHERE ${clauses.join(' AND ')}`, params };
}

/** Adds up the counts of tallies with the same identity (codes that map to one category). */
function merged<T extends { readonly count: number }>(
  tallies: readonly T[],
  identity: (tally: T) => string,
): T[] {
  const byIdentity = new Map<string, T>();
  for (const tally of tallies) {
    const id = identity(tally);
    const seen = byIdentity.get(id);
    byIdentity.set(id, seen ? { ...seen, count: seen.count + tally.count } : tally);
  }
  return [...byIdentity.values()];
}

const outcomeIdentity = (tally: OutcomeTally): string => [tally.kind, ...tally.keys].join('\u0000');

/** A list of income codes from SQL: the list, its first code alone, or null (none). */
type Codes = string[] | string | null;

const codeList = (codes: Codes): readonly string[] =>
  codes === null ? [] : typeof codes === 'string' ? [codes] : codes;

type OutcomeCountRow = { key: string; occupation: string | null; n: number };

const outcomeTally = (row: OutcomeCountRow): OutcomeTally => ({
  keys: [row.key],
  kind: outcomeKindOf(row.occupation),
  count: row.n,
});

export type { ActiveScope } from './active-by-month-sql.js';

/** The caseload unit's column (a closed list: never user text). */
const unitColumn: Readonly<Record<CaseloadUnit, ActiveUnitColumn>> = {
  municipality: 'municipality_id',
  coach: 'coach_id',
};

type ActiveCountRow = {
  month: number;
  municipality_id: string | null;
  coach_id: string | null;
  n: number;
};

/**
 * The counts behind the transition matrix, the outcome report and the caseload series,
 * made by one GROUP BY statement each. SQL groups by the raw codes; the codes become
 * categories and outcome kinds through @finsam-se/reporting (`incomeCategory`,
 * `outcomeKindOf`), so the definitions stay in one place. Feed the result to
 * `transitionMatrixFromTallies`, `outcomeReportFromTallies` and
 * `caseloadSeriesPointsFromCounts`.
 */
/** The enrollment column of each income stage. */
const incomeColumn: Record<IncomeStage, string> = {
  before: 'compensation_at_start',
  during: 'compensation_during',
  after: 'compensation_at_end',
};

export const reportTalliesRepository = {
  /** Active on a day and participant-months over a window, per municipality (one pass). */
  demandByMunicipality,

  /**
   * Discharges per (income before, income after) category under the mode. SQL groups by
   * the codes the mode reads (`incomeCodesRead`): the first of each list for `primary`,
   * whole lists for `combination`.
   */
  async transitions(
    tx: TenantTx,
    scope: TallyScope,
    mode: IncomeMode,
    step: TransitionStep = 'before_after',
  ): Promise<TransitionTally[]> {
    const { from, params } = dischargesSql(scope, tx, false);
    const first = incomeCodesRead(mode) === 1;
    const codes = (column: string) => (first ? `e.${column}[1]` : `e.${column}`);
    const stages = stagesOf(step);
    const rows = await tx.query<{ before: Codes; after: Codes; n: number }>(
      `SELECT ${codes(incomeColumn[stages.from])} AS before, ${codes(incomeColumn[stages.to])} AS after, count(*)::int AS n
       FROM ${from} GROUP BY 1, 2`,
      params,
    );
    return merged(
      rows.map((r) => ({
        before: incomeCategory(codeList(r.before), mode),
        after: incomeCategory(codeList(r.after), mode),
        count: r.n,
      })),
      (tally) => `${tally.before}\u0000${tally.after}`,
    );
  },

  /** Discharges per group of the dimension and outcome kind. */
  async outcomes(tx: TenantTx, scope: TallyScope, by: TalliedDimension): Promise<OutcomeTally[]> {
    const { from, params } = dischargesSql(scope, tx, by === 'gender');
    const rows = await tx.query<OutcomeCountRow>(
      `SELECT ${keyColumn[by]} AS key, e.occupation_after AS occupation, count(*)::int AS n
       FROM ${from} GROUP BY 1, 2`,
      params,
    );
    return merged(rows.map(outcomeTally), outcomeIdentity);
  },

  /** `outcomes` for each gender apart, in one statement (the gender comparison). */
  async outcomesByGender(
    tx: TenantTx,
    scope: TallyScope,
    by: TalliedDimension,
  ): Promise<Record<Gender, OutcomeTally[]>> {
    const { from, params } = dischargesSql(scope, tx, true);
    const rows = await tx.query<OutcomeCountRow & { gender: Gender }>(
      `SELECT ${keyColumn[by]} AS key, p.gender, e.occupation_after AS occupation, count(*)::int AS n
       FROM ${from} GROUP BY 1, 2, 3`,
      params,
    );
    const of = (gender: Gender) =>
      merged(rows.filter((r) => r.gender === gender).map(outcomeTally), outcomeIdentity);
    return { female: of('female'), male: of('male'), other: of('other') };
  },

  /**
   * Enrollments active per unit (`by`) per month of the half-open range, as
   * `caseloadCounts` counts them: only (month, unit) pairs with someone active.
   */
  async activeByMonth(
    tx: TenantTx,
    scope: ActiveScope,
    { range, by }: { readonly range: Period; readonly by: CaseloadUnit },
  ): Promise<CaseloadCount[]> {
    const column = unitColumn[by];
    const { text, params } = activeByMonthSql(tx, scope, range, [column]);
    const rows = await tx.query<
      { month: number } & Record<ActiveUnitColumn, string> & { n: number }
    >(text, params);
    return rows.map((r) => ({ month: monthKeyOf(r.month), unitId: r[column], active: r.n }));
  },

  /** `activeByMonth` by municipality and by coach, in one statement (GROUPING SETS). */
  async activeByMonthPerUnit(
    tx: TenantTx,
    scope: ActiveScope,
    { range }: { readonly range: Period },
  ): Promise<Record<CaseloadUnit, CaseloadCount[]>> {
    const { text, params } = activeByMonthSql(tx, scope, range, ['municipality_id', 'coach_id']);
    const rows = await tx.query<ActiveCountRow>(text, params);
    // Both ids are NOT NULL columns: the one a grouping set leaves out is the null one.
    const of = (unit: (row: ActiveCountRow) => string | null): CaseloadCount[] =>
      rows.flatMap((r) => {
        const unitId = unit(r);
        return unitId === null ? [] : [{ month: monthKeyOf(r.month), unitId, active: r.n }];
      });
    return { municipality: of((r) => r.municipality_id), coach: of((r) => r.coach_id) };
  },
};
