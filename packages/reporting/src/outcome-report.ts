import { type Period, Period as P } from '@finsam-se/domain';
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

type Tally = {
  discharged: number;
  work: number;
  studies: number;
  subsidised_work: number;
  job_seeking: number;
  other: number;
};

const emptyTally = (): Tally => ({
  discharged: 0,
  work: 0,
  studies: 0,
  subsidised_work: 0,
  job_seeking: 0,
  other: 0,
});

function cellsOf(tally: Tally, goalShare: number): Record<string, Cell> {
  const numerator = tally.work + tally.studies;
  return withShares(outcomeColumns, {
    discharged: countCell(tally.discharged),
    work_or_studies: countCell(numerator),
    work: countCell(tally.work),
    studies: countCell(tally.studies),
    subsidised_work: countCell(tally.subsidised_work),
    job_seeking: countCell(tally.job_seeking),
    other: countCell(tally.other),
    goal: valueCell(goalShare),
    vs_goal_pp: valueCell(
      percentagePoints(ratio(numerator, tally.discharged), goalShare),
      tally.discharged,
    ),
  });
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
  const { period, by, goalShare, labels } = options;
  const groups = new Map<string, Tally>();
  const total = emptyTally();
  for (const row of rows) {
    if (row.dischargedOn === null || !P.contains(period, row.dischargedOn)) continue;
    const kind = outcomeKindOf(row.occupationAfter);
    const tallies = [total, ...groupKeys(row, by).map((key) => tallyFor(groups, key))];
    for (const tally of tallies) {
      tally.discharged += 1;
      tally[kind] += 1;
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
          cells: cellsOf(groups.get(key) ?? emptyTally(), goalShare),
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
      sv: `Andel av deltagare avslutade ${P.format(period)} (halvöppet) som gick till arbete på den reguljära arbetsmarknaden eller studier. Arbete med lönestöd redovisas separat och räknas inte in.`,
      en: `Share of participants discharged in ${P.format(period)} (half-open) who went to work on the regular labour market or to studies. Wage-subsidised work is shown separately and not counted.`,
    },
    columns: outcomeColumns,
    rows: [...detail, totalRow],
  };
}

function tallyFor(groups: Map<string, Tally>, key: string): Tally {
  let tally = groups.get(key);
  if (!tally) {
    tally = emptyTally();
    groups.set(key, tally);
  }
  return tally;
}
