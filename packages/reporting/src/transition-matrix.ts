import { periodInWords } from './period-words.js';
import { type Gender, type Period, Period as P, incomeSources } from '@finsam-se/domain';
import { byCodeListOrder, codeLabel, totalLabel } from './labels.js';
import type { EnrollmentRow } from './rows.js';
import { type Column, type Row, type Table, countCell, withShares } from './table.js';

/**
 * How several income sources are counted: `primary` takes the first code registered
 * (SUS's main figure, one cell per person); `combination` uses the sorted set of codes
 * joined with `+` as one category (still one cell per person).
 */
export type IncomeMode = 'primary' | 'combination';

/** When income is recorded: at enrollment, during participation, at discharge (§9). */
export type IncomeStage = 'before' | 'during' | 'after';

/** The step a matrix shows: before → during, during → after or (the default) before → after. */
export type TransitionStep = 'before_during' | 'during_after' | 'before_after';

export const transitionSteps: readonly TransitionStep[] = [
  'before_during',
  'during_after',
  'before_after',
];

/** The stages of a step: its rows and its columns. */
export function stagesOf(step: TransitionStep): { from: IncomeStage; to: IncomeStage } {
  const [from, to] = step.split('_') as [IncomeStage, IncomeStage];
  return { from, to };
}

export type TransitionMatrixOptions = {
  /** Discharges with the discharge day in this period. */
  readonly period: Period;
  readonly gender?: Gender;
  readonly mode?: IncomeMode;
  /** Which stages the rows and columns are; before → after when not given. */
  readonly step?: TransitionStep;
};

const incomeAt: Record<IncomeStage, (row: EnrollmentRow) => readonly string[]> = {
  before: (row) => row.incomeBefore,
  during: (row) => row.incomeDuring ?? [],
  after: (row) => row.incomeAfter,
};

const stageWords: Record<IncomeStage, { sv: string; en: string; svAt: string; enAt: string }> = {
  before: { sv: 'före', en: 'before', svAt: 'vid inskrivning', enAt: 'at enrollment' },
  during: { sv: 'under', en: 'during', svAt: 'under deltagandet', enAt: 'during participation' },
  after: { sv: 'efter', en: 'after', svAt: 'vid avslut', enAt: 'at discharge' },
};

export const NO_SOURCE = 'none';

/** The income category of a list of codes under the mode; `none` when empty. */
export function incomeCategory(codes: readonly string[], mode: IncomeMode): string {
  if (codes.length === 0) return NO_SOURCE;
  if (mode === 'primary') return codes[0] ?? NO_SOURCE;
  return [...new Set(codes)].sort(byCodeListOrder(incomeSources)).join('+');
}

/**
 * How many of the registered codes, from the first, `incomeCategory` reads under the mode:
 * one for `primary`, all for `combination`. Whoever counts in bulk (in SQL, say) may group
 * by just these codes: the category of the whole list is the category of that prefix.
 */
export function incomeCodesRead(mode: IncomeMode): 1 | 'all' {
  return mode === 'primary' ? 1 : 'all';
}

function categoryLabel(category: string): Row['label'] {
  if (category === NO_SOURCE) return { sv: 'Ej angiven', en: 'Not recorded' };
  const parts = category.split('+').map((code) => codeLabel(incomeSources, code));
  return parts.length === 1 && parts[0]
    ? parts[0]
    : {
        sv: parts.map((part) => part.sv).join(' + '),
        en: parts.map((part) => part.en).join(' + '),
      };
}

function categoryOrder(a: string, b: string): number {
  const first = (category: string): string => category.split('+')[0] ?? category;
  const byFirst = byCodeListOrder(incomeSources)(first(a), first(b));
  if (byFirst !== 0) return byFirst;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds `count` to the cell (before, after) of a sparse matrix. */
function add(
  counts: Map<string, Map<string, number>>,
  before: string,
  after: string,
  count: number,
): void {
  const line = counts.get(before) ?? new Map<string, number>();
  line.set(after, (line.get(after) ?? 0) + count);
  counts.set(before, line);
}

/**
 * Persons discharged with one pair of income categories (`incomeCategory` under the
 * matrix's mode): the counts a transition matrix is built from.
 */
export type TransitionTally = {
  readonly before: string;
  readonly after: string;
  /** Persons; a whole number ≥ 0 (zero adds nothing, not even an empty row or column). */
  readonly count: number;
};

/**
 * The tally step of `transitionMatrix`: discharges in the period (of the gender, when
 * given) counted per (before, after) category pair, each pair once.
 */
export function transitionTallies(
  rows: readonly EnrollmentRow[],
  options: TransitionMatrixOptions,
): TransitionTally[] {
  const mode = options.mode ?? 'primary';
  const { from, to } = stagesOf(options.step ?? 'before_after');
  const counts = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (row.dischargedOn === null || !P.contains(options.period, row.dischargedOn)) continue;
    if (options.gender !== undefined && row.gender !== options.gender) continue;
    add(
      counts,
      incomeCategory(incomeAt[from](row), mode),
      incomeCategory(incomeAt[to](row), mode),
      1,
    );
  }
  return [...counts].flatMap(([before, line]) =>
    [...line].map(([after, count]) => ({ before, after, count })),
  );
}

/**
 * Transition matrix: income before (rows) → income after (columns), or the step before →
 * during or during → after that `options.step` names, for participants
 * discharged in the period. Cells count persons; the share is of the row total (income
 * after given income before).
 */
export function transitionMatrix(
  rows: readonly EnrollmentRow[],
  options: TransitionMatrixOptions,
): Table {
  return transitionMatrixFromTallies(transitionTallies(rows, options), options);
}

/**
 * The table step of `transitionMatrix`, for counts made elsewhere (in SQL, say). The
 * tallies must already be limited to the discharges in `options.period` (and of
 * `options.gender`, when given) and categorised with `incomeCategory(codes, options.mode)`;
 * the options here only name the table. Pairs may repeat: their counts are added. The
 * order of the tallies does not matter.
 */
export function transitionMatrixFromTallies(
  tallies: readonly TransitionTally[],
  options: TransitionMatrixOptions,
): Table {
  const mode = options.mode ?? 'primary';
  const counts = new Map<string, Map<string, number>>();
  const befores = new Set<string>();
  const afters = new Set<string>();
  for (const { before, after, count } of tallies) {
    if (!Number.isInteger(count) || count < 0)
      throw new RangeError(`A tally counts whole persons, got ${count}`);
    if (count === 0) continue;
    befores.add(before);
    afters.add(after);
    add(counts, before, after, count);
  }
  const afterKeys = [...afters].sort(categoryOrder);
  const beforeKeys = [...befores].sort(categoryOrder);
  const columns: Column[] = [
    ...afterKeys.map((key): Column => ({
      key,
      label: categoryLabel(key),
      kind: 'count',
      unit: 'persons',
      shareOf: 'total',
    })),
    {
      key: 'total',
      label: totalLabel,
      kind: 'count',
      unit: 'persons',
      sumOf: afterKeys,
    },
  ];
  const cellsFor = (line: ReadonlyMap<string, number>): Row['cells'] => {
    let sum = 0;
    const cells: Record<string, ReturnType<typeof countCell>> = {};
    for (const key of afterKeys) {
      const count = line.get(key) ?? 0;
      sum += count;
      cells[key] = countCell(count);
    }
    cells.total = countCell(sum);
    return withShares(columns, cells);
  };
  const totalLine = new Map<string, number>();
  for (const line of counts.values()) {
    for (const [key, count] of line) totalLine.set(key, (totalLine.get(key) ?? 0) + count);
  }
  const detail: Row[] = beforeKeys.map((key) => ({
    key,
    label: categoryLabel(key),
    role: 'detail',
    sumGroup: 'all',
    dims: { before: key },
    cells: cellsFor(counts.get(key) ?? new Map()),
  }));
  const genderText = options.gender ? ` (${options.gender})` : '';
  const { from, to } = stagesOf(options.step ?? 'before_after');
  const [a, b] = [stageWords[from], stageWords[to]];
  const notRecorded =
    from === 'during' || to === 'during'
      ? {
          sv: ' Försörjning under deltagandet som inte registrerats visas som Ej angiven.',
          en: ' Income during participation not recorded is shown as Not recorded.',
        }
      : { sv: '', en: '' };
  return {
    id: 'transition',
    title: {
      sv: `Försörjning ${a.sv} → ${b.sv}${genderText}`,
      en: `Income source ${a.en} → ${b.en}${genderText}`,
    },
    dimension: { sv: `Försörjning ${a.sv}`, en: `Income source ${a.en}` },
    definition: {
      sv: `Deltagare avslutade ${periodInWords(options.period).sv}: försörjning ${a.svAt} (rad) mot försörjning ${b.svAt} (kolumn), ${mode === 'primary' ? 'första registrerade källan' : 'kombinationen av källor'}. Andel av radsumman.${notRecorded.sv}`,
      en: `Participants discharged ${periodInWords(options.period).en}: income ${a.enAt} (row) against income ${b.enAt} (column), ${mode === 'primary' ? 'first source registered' : 'combination of sources'}. Share of the row total.${notRecorded.en}`,
    },
    columns,
    rows: [
      ...detail,
      {
        key: 'total',
        label: totalLabel,
        role: 'total',
        sumGroup: 'all',
        dims: {},
        cells: cellsFor(totalLine),
      },
    ],
  };
}
