import { followUpCounted } from './follow-up-counted.js';
import { periodInWords } from './period-words.js';
import {
  type Gender,
  type LocalDate,
  type Period,
  Period as P,
  followUpOffsets,
} from '@finsam-se/domain';
import type { FollowUpRow } from './rows.js';
import { percentagePoints, ratio } from './stats.js';
import { type Cell, type Column, type Table, countCell, valueCell, withShares } from './table.js';

export type AfterSupportOptions = {
  /** Follow-ups of participants discharged in this period. */
  readonly period: Period;
  /** Only follow-ups due before this day (discharge + offset months < asOf) are counted. */
  readonly asOf: LocalDate;
  /** Goal share in [0, 1], e.g. 0.75 (goals are data). */
  readonly goalShare: number;
  readonly gender?: Gender;
};

const afterSupportColumns: readonly Column[] = [
  {
    key: 'due',
    label: { sv: 'Uppföljningar', en: 'Follow-ups due' },
    kind: 'count',
    unit: 'persons',
    sumOf: ['answered', 'unknown'],
  },
  {
    key: 'answered',
    label: { sv: 'Med känd status', en: 'With known status' },
    kind: 'count',
    unit: 'persons',
    sumOf: ['work', 'studies', 'neither'],
    shareOf: 'due',
  },
  {
    key: 'in_work_or_studies',
    label: { sv: 'I arbete eller studier', en: 'In work or studies' },
    kind: 'count',
    unit: 'persons',
    sumOf: ['work', 'studies'],
    shareOf: 'due',
  },
  {
    key: 'work',
    label: { sv: 'Arbete', en: 'Work' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'due',
  },
  {
    key: 'studies',
    label: { sv: 'Studier', en: 'Studies' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'due',
  },
  {
    key: 'neither',
    label: { sv: 'Varken eller', en: 'Neither' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'due',
  },
  {
    key: 'unknown',
    label: { sv: 'Okänd', en: 'Unknown' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'due',
  },
  {
    key: 'share_of_known',
    label: {
      sv: 'Andel i arbete eller studier av kända svar',
      en: 'Share in work or studies of known answers',
    },
    kind: 'value',
    unit: 'share',
    derivedFrom: ['in_work_or_studies', 'answered'],
  },
  { key: 'goal', label: { sv: 'Mål', en: 'Goal' }, kind: 'value', unit: 'share' },
  {
    key: 'vs_goal_pp',
    label: {
      sv: 'Skillnad mot mål, okänd räknad som ej uppnått (procentenheter)',
      en: 'Versus goal, unknown counted as not met (percentage points)',
    },
    kind: 'value',
    unit: 'percentage_points',
    derivedFrom: ['in_work_or_studies', 'due'],
  },
  {
    key: 'vs_goal_known_pp',
    label: {
      sv: 'Skillnad mot mål av kända svar (procentenheter)',
      en: 'Versus goal of known answers (percentage points)',
    },
    kind: 'value',
    unit: 'percentage_points',
    derivedFrom: ['in_work_or_studies', 'answered'],
  },
];

/**
 * Efterstöd: share still in work or studies 3, 6 and 12 months after discharge, of the
 * follow-ups due before `asOf` of participants discharged in the period. The share and the
 * goal comparison (`vs_goal_pp`) are of every due follow-up, an unknown answer counted as
 * not meeting the goal (conservative): 6 of 7 known with 3 unknown is 60 %, not 85.7 %.
 * The share of the known answers is shown beside it (`share_of_known`, `vs_goal_known_pp`).
 */
export function afterSupportReport(
  rows: readonly FollowUpRow[],
  options: AfterSupportOptions,
): Table {
  const tallies = new Map<number, Record<string, number>>(
    followUpOffsets.map((offset) => [offset, { work: 0, studies: 0, neither: 0, unknown: 0 }]),
  );
  for (const row of rows) {
    if (!P.contains(options.period, row.dischargedOn)) continue;
    if (options.gender !== undefined && row.gender !== options.gender) continue;
    if (!followUpCounted(row.dischargedOn, row.offsetMonths, options.asOf)) continue;
    const tally = tallies.get(row.offsetMonths);
    if (tally) tally[row.status] = (tally[row.status] ?? 0) + 1;
  }
  return {
    id: 'after_support',
    title: {
      sv: 'Efterstöd: i arbete eller studier efter avslut',
      en: 'After-support: in work or studies after discharge',
    },
    dimension: { sv: 'Månader efter avslut', en: 'Months after discharge' },
    definition: {
      sv: `Uppföljningar av deltagare avslutade ${periodInWords(options.period).sv} som förföll före ${options.asOf}. Andelen i arbete eller studier och skillnaden mot målet räknas av alla förfallna uppföljningar, där okänd status räknas som att målet inte nåtts (försiktig beräkning). Andelen av dem med känd status visas bredvid.`,
      en: `Follow-ups of participants discharged ${periodInWords(options.period).en} due before ${options.asOf}. The share in work or studies and the comparison with the goal are of all follow-ups due, an unknown status counted as not meeting the goal (conservative). The share of those with a known status is shown beside it.`,
    },
    columns: afterSupportColumns,
    rows: followUpOffsets.map((offset) => {
      const t = tallies.get(offset) ?? {};
      const work = t.work ?? 0;
      const studies = t.studies ?? 0;
      const neither = t.neither ?? 0;
      const unknown = t.unknown ?? 0;
      const answered = work + studies + neither;
      const cells: Record<string, Cell> = {
        due: countCell(answered + unknown),
        answered: countCell(answered),
        in_work_or_studies: countCell(work + studies),
        work: countCell(work),
        studies: countCell(studies),
        neither: countCell(neither),
        unknown: countCell(unknown),
        share_of_known: valueCell(ratio(work + studies, answered), answered),
        goal: valueCell(options.goalShare),
        vs_goal_pp: valueCell(
          percentagePoints(ratio(work + studies, answered + unknown), options.goalShare),
          answered + unknown,
        ),
        vs_goal_known_pp: valueCell(
          percentagePoints(ratio(work + studies, answered), options.goalShare),
          answered,
        ),
      };
      return {
        key: String(offset),
        label: { sv: `${offset} månader`, en: `${offset} months` },
        role: 'detail' as const,
        dims: { offsetMonths: String(offset) },
        cells: withShares(afterSupportColumns, cells),
      };
    }),
  };
}
