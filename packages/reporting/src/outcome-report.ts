import { ref, subsetOf } from './declared-relations.js';
import { periodInWords } from './period-words.js';
import { type OutcomeKind, type Period, Period as P } from '@finsam-se/domain';
import {
  type EnrollmentDimension,
  dimensionLabels,
  groupKeys,
  groupLabel,
  orderedKeys,
  partitions,
} from './group-by.js';
import { totalLabel } from './labels.js';
import { outcomeKindOf } from './outcome-kind.js';
import type { EnrollmentRow, Labels } from './rows.js';
import { percentagePoints, ratio } from './stats.js';
import {
  type Cell,
  type Column,
  type Row,
  type Table,
  countCell,
  valueCell,
  withShares,
} from './table.js';

export type OutcomeReportOptions = {
  /** Discharges with the discharge day in this half-open period are counted. */
  readonly period: Period;
  readonly by: EnrollmentDimension;
  /** The project's goal as a share in [0, 1], e.g. 0.35. Goals are data. */
  readonly goalShare: number;
  readonly labels?: Labels;
};

const outcomeColumns: readonly Column[] = [
  {
    key: 'discharged',
    label: { sv: 'Avslutade', en: 'Discharged' },
    kind: 'count',
    unit: 'persons',
    sumOf: ['work', 'studies', 'subsidised_work', 'job_seeking', 'other'],
  },
  {
    key: 'work_or_studies',
    label: { sv: 'Till arbete eller studier', en: 'To work or studies' },
    kind: 'count',
    unit: 'persons',
    sumOf: ['work', 'studies'],
    shareOf: 'discharged',
  },
  {
    key: 'work',
    label: { sv: 'Arbete (reguljärt)', en: 'Work (regular)' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'discharged',
  },
  {
    key: 'studies',
    label: { sv: 'Studier', en: 'Studies' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'discharged',
  },
  {
    key: 'subsidised_work',
    label: { sv: 'Arbete med lönestöd', en: 'Wage-subsidised work' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'discharged',
  },
  {
    key: 'job_seeking',
    label: { sv: 'Arbetssökande', en: 'Job seeking' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'discharged',
  },
  {
    key: 'other',
    label: { sv: 'Övrigt', en: 'Other' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'discharged',
  },
  { key: 'goal', label: { sv: 'Mål', en: 'Goal' }, kind: 'value', unit: 'share' },
  {
    key: 'vs_goal_pp',
    label: { sv: 'Skillnad mot mål (procentenheter)', en: 'Versus goal (percentage points)' },
    kind: 'value',
    unit: 'percentage_points',
    derivedFrom: ['work_or_studies'],
  },
];

const countKeys = outcomeColumns.filter((c) => c.kind === 'count').map((c) => c.key);

/** The count cells of one row of the report. */
type Counts = {
  discharged: number;
  work: number;
  studies: number;
  subsidised_work: number;
  job_seeking: number;
  other: number;
};

const emptyCounts = (): Counts => ({
  discharged: 0,
  work: 0,
  studies: 0,
  subsidised_work: 0,
  job_seeking: 0,
  other: 0,
});

function cellsOf(counts: Counts, goalShare: number): Record<string, Cell> {
  const numerator = counts.work + counts.studies;
  return withShares(outcomeColumns, {
    discharged: countCell(counts.discharged),
    work_or_studies: countCell(numerator),
    work: countCell(counts.work),
    studies: countCell(counts.studies),
    subsidised_work: countCell(counts.subsidised_work),
    job_seeking: countCell(counts.job_seeking),
    other: countCell(counts.other),
    goal: valueCell(goalShare),
    vs_goal_pp: valueCell(
      percentagePoints(ratio(numerator, counts.discharged), goalShare),
      counts.discharged,
    ),
  });
}

/**
 * Enrollments discharged with one outcome kind in one set of groups: the counts an
 * outcome report is built from.
 */
export type OutcomeTally = {
  /**
   * The groups these enrollments belong to in the report's `by` dimension (`groupKeys`):
   * one key in every dimension but `targetGroupFactor` (each distinct factor, or `none`).
   * Not read when `by` is `total`.
   */
  readonly keys: readonly string[];
  /** `outcomeKindOf(occupationAfter)`. */
  readonly kind: OutcomeKind;
  /** Enrollments; a whole number ≥ 0 (zero adds nothing, not even an empty group). */
  readonly count: number;
};

/** What the tally step of `outcomeReport` reads from its options. */
export type OutcomeTallyOptions = Pick<OutcomeReportOptions, 'period' | 'by'>;

/**
 * The tally step of `outcomeReport`: discharges in the period counted per (group keys,
 * outcome kind), each combination once.
 */
export function outcomeTallies(
  rows: readonly EnrollmentRow[],
  options: OutcomeTallyOptions,
): OutcomeTally[] {
  const { period, by } = options;
  const tallies = new Map<string, { keys: readonly string[]; kind: OutcomeKind; count: number }>();
  for (const row of rows) {
    if (row.dischargedOn === null || !P.contains(period, row.dischargedOn)) continue;
    const kind = outcomeKindOf(row.occupationAfter);
    const keys = groupKeys(row, by);
    const id = [kind, ...keys].join('\u0000');
    const tally = tallies.get(id);
    if (tally) tally.count += 1;
    else tallies.set(id, { keys, kind, count: 1 });
  }
  return [...tallies.values()];
}

/**
 * Outcome versus goal. Denominator: enrollments whose discharge day lies in the period.
 * Numerator: those whose occupation after is of outcome kind `work` (regular labour market,
 * incl. self-employment) or `studies`. Wage-subsidised work is shown in its own column and
 * is not in the numerator.
 */
export function outcomeReport(
  rows: readonly EnrollmentRow[],
  options: OutcomeReportOptions,
): Table {
  return outcomeReportFromTallies(outcomeTallies(rows, options), options);
}

/**
 * The table step of `outcomeReport`, for counts made elsewhere (in SQL, say). The tallies
 * must already be limited to the discharges in `options.period`, grouped by `options.by`
 * and of the kind `outcomeKindOf` gives. Each tally counts once in the total and once in
 * each of its (distinct) keys. Combinations may repeat: their counts are added. The order
 * of the tallies does not matter.
 */
export function outcomeReportFromTallies(
  tallies: readonly OutcomeTally[],
  options: OutcomeReportOptions,
): Table {
  const { period, by, goalShare, labels } = options;
  const groups = new Map<string, Counts>();
  const total = emptyCounts();
  for (const { keys, kind, count } of tallies) {
    if (!Number.isInteger(count) || count < 0)
      throw new RangeError(`A tally counts whole enrollments, got ${count}`);
    if (count === 0) continue;
    const counted = [total, ...[...new Set(keys)].map((key) => countsFor(groups, key))];
    for (const counts of counted) {
      counts.discharged += count;
      counts[kind] += count;
    }
  }
  const additive = partitions(by);
  const detail: Row[] =
    by === 'total'
      ? []
      : orderedKeys(by, groups.keys()).map((key) => ({
          key,
          label: groupLabel(by, key, labels),
          role: 'detail',
          ...(additive ? { sumGroup: 'all' } : {}),
          dims: { [by]: key },
          cells: cellsOf(groups.get(key) ?? emptyCounts(), goalShare),
        }));
  const totalRow: Row = {
    key: 'total',
    label: totalLabel,
    role: 'total',
    ...(additive ? { sumGroup: 'all' } : {}),
    dims: {},
    cells: cellsOf(total, goalShare),
  };
  return {
    id: 'outcome',
    title: { sv: 'Utfall mot mål', en: 'Outcome versus goal' },
    dimension: dimensionLabels[by],
    definition: {
      sv: `Andel av deltagare avslutade ${periodInWords(period).sv} som gick till arbete på den reguljära arbetsmarknaden eller studier. Arbete med lönestöd redovisas separat och räknas inte in.`,
      en: `Share of participants discharged ${periodInWords(period).en} who went to work on the regular labour market or to studies. Wage-subsidised work is shown separately and not counted.`,
    },
    columns: outcomeColumns,
    // Overlapping rows (target-group factors) add up to nothing, but each is a subset of
    // the total.
    ...(additive
      ? {}
      : {
          relations: detail.flatMap((row) =>
            countKeys.map((column) => subsetOf(ref(row.key, column), ref('total', column))),
          ),
        }),
    rows: [...detail, totalRow],
  };
}

function countsFor(groups: Map<string, Counts>, key: string): Counts {
  let counts = groups.get(key);
  if (!counts) {
    counts = emptyCounts();
    groups.set(key, counts);
  }
  return counts;
}
