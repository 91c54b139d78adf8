import { followUpCounted, followUpPersonColumns, shareOfDue } from './follow-up-counted.js';
import { type LocalDate, type Period, Period as P } from '@finsam-se/domain';
import { ref, sameCount } from './declared-relations.js';
import { outcomeKindOf } from './outcome-kind.js';
import { periodInWords } from './period-words.js';
import type { EnrollmentRow, FollowUpRow } from './rows.js';
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

export type DurableOutcomeOptions = {
  /** Persons whose (last) discharge day lies in this half-open period. */
  readonly period: Period;
  /** A follow-up counts once due: discharge + offset months < asOf. */
  readonly asOf: LocalDate;
  /** The project's goal as a share in [0, 1], e.g. 0.35. Goals are data. */
  readonly goalShare: number;
};

/** The follow-ups the durable outcome reads: 6 and 12 months after discharge. */
export const durableOffsets = [6, 12] as const;

type Status = 'work' | 'studies' | 'not' | 'unknown' | 'not_yet_due';

const durableColumns: readonly Column[] = [
  ...followUpPersonColumns(['in_work_or_studies', 'not_in_work_or_studies', 'unknown']),
  {
    ...shareOfDue('I arbete eller studier', 'In work or studies', 'in_work_or_studies'),
    sumOf: ['work', 'studies'],
  },
  shareOfDue('Arbete', 'Work', 'work'),
  shareOfDue('Studier', 'Studies', 'studies'),
  shareOfDue('Inte i arbete eller studier', 'Not in work or studies', 'not_in_work_or_studies'),
  shareOfDue('Okänd', 'Unknown', 'unknown'),
  {
    key: 'share_of_known',
    label: { sv: 'Andel av kända svar', en: 'Share of known answers' },
    kind: 'value',
    unit: 'share',
    derivedFrom: ['in_work_or_studies', 'due', 'unknown'],
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
];

/**
 * Each person's last enrollment discharged in the period (the latest discharge day, then
 * the greatest enrollment id): a person counts once, with the outcome of that discharge.
 */
export function lastDischargePerPerson(
  rows: readonly EnrollmentRow[],
  period: Period,
): EnrollmentRow[] {
  const last = new Map<string, EnrollmentRow>();
  for (const row of rows) {
    if (row.dischargedOn === null || !P.contains(period, row.dischargedOn)) continue;
    const kept = last.get(row.participantId);
    if (kept === undefined || laterThan(row, kept)) last.set(row.participantId, row);
  }
  return [...last.values()];
}

function laterThan(a: EnrollmentRow, b: EnrollmentRow): boolean {
  const [x, y] = [a.dischargedOn ?? '', b.dischargedOn ?? ''];
  return x !== y ? x > y : a.enrollmentId > b.enrollmentId;
}

function statusAtDischarge(row: EnrollmentRow): Status {
  const kind = outcomeKindOf(row.occupationAfter);
  return kind === 'work' || kind === 'studies' ? kind : 'not';
}

function statusAtFollowUp(
  row: EnrollmentRow,
  offset: number,
  followUps: ReadonlyMap<string, FollowUpRow>,
  asOf: LocalDate,
): Status {
  const dischargedOn = row.dischargedOn;
  if (dischargedOn === null || !followUpCounted(dischargedOn, offset, asOf)) return 'not_yet_due';
  const status = followUps.get(`${row.enrollmentId}/${offset}`)?.status ?? 'unknown';
  return status === 'neither' ? 'not' : status;
}

type Counts = Record<Status, number>;

function cellsOf(counts: Counts, goalShare: number): Record<string, Cell> {
  const inWork = counts.work + counts.studies;
  const due = inWork + counts.not + counts.unknown;
  const known = due - counts.unknown;
  return withShares(durableColumns, {
    persons: countCell(due + counts.not_yet_due),
    not_yet_due: countCell(counts.not_yet_due),
    due: countCell(due),
    in_work_or_studies: countCell(inWork),
    work: countCell(counts.work),
    studies: countCell(counts.studies),
    not_in_work_or_studies: countCell(counts.not),
    unknown: countCell(counts.unknown),
    share_of_known: valueCell(ratio(inWork, known), known),
    goal: valueCell(goalShare),
    vs_goal_pp: valueCell(percentagePoints(ratio(inWork, due), goalShare), due),
  });
}

function tally(statuses: readonly Status[]): Counts {
  const counts: Counts = { work: 0, studies: 0, not: 0, unknown: 0, not_yet_due: 0 };
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/**
 * Durable outcome (varaktigt): of the persons discharged in the period, the share in work
 * on the regular labour market or in studies at discharge and still so at the 6- and
 * 12-month follow-ups. Persons, not enrollments (each person's last discharge in the
 * period). The share and the goal comparison are of the persons whose follow-up is due,
 * an unknown or unrecorded follow-up counted as not in work or studies (conservative);
 * the share of the known answers is shown beside it. At discharge wage-subsidised work is
 * not work (it is in the outcome report's own column); a follow-up records only whether
 * the person works, so there it cannot be told apart.
 */
export function durableOutcomeReport(
  enrollments: readonly EnrollmentRow[],
  followUps: readonly FollowUpRow[],
  options: DurableOutcomeOptions,
): Table {
  const { period, asOf, goalShare } = options;
  const persons = lastDischargePerPerson(enrollments, period);
  const byKey = new Map(followUps.map((f) => [`${f.enrollmentId}/${f.offsetMonths}`, f]));
  const stages: { key: string; label: Row['label']; statuses: Status[] }[] = [
    {
      key: 'at_discharge',
      label: { sv: 'Vid avslut', en: 'At discharge' },
      statuses: persons.map(statusAtDischarge),
    },
    ...durableOffsets.map((offset) => ({
      key: String(offset),
      label: { sv: `${offset} månader efter avslut`, en: `${offset} months after discharge` },
      statuses: persons.map((row) => statusAtFollowUp(row, offset, byKey, asOf)),
    })),
  ];
  const words = periodInWords(period);
  return {
    id: 'durable_outcome',
    title: { sv: 'Varaktigt utfall', en: 'Durable outcome' },
    dimension: { sv: 'Tidpunkt', en: 'When' },
    definition: {
      sv: `Personer (inte inskrivningar) avslutade ${words.sv}, var och en med sitt sista avslut i perioden: andel i arbete på den reguljära arbetsmarknaden eller studier vid avslut och fortfarande vid uppföljningen 6 och 12 månader efter avslut (förfallen före ${asOf}). Andelen och skillnaden mot målet räknas av alla vars uppföljning har förfallit; okänd eller ej registrerad uppföljning räknas som inte i arbete eller studier (försiktig beräkning). Andelen av kända svar visas bredvid. Arbete med lönestöd räknas inte som arbete vid avslut och redovisas separat i Utfall mot mål; uppföljningen registrerar bara om personen arbetar, så lönestöd kan inte skiljas ut där.`,
      en: `Persons (not enrollments) discharged ${words.en}, each with their last discharge in the period: share in work on the regular labour market or in studies at discharge and still so at the follow-up 6 and 12 months after discharge (due before ${asOf}). The share and the comparison with the goal are of everyone whose follow-up is due; an unknown or unrecorded follow-up counts as not in work or studies (conservative). The share of known answers is shown beside it. Wage-subsidised work is not work at discharge and is reported separately in Outcome versus goal; a follow-up records only whether the person works, so it cannot be told apart there.`,
    },
    columns: durableColumns,
    // The same persons at each stage.
    relations: durableOffsets.map((offset) =>
      sameCount(ref('at_discharge', 'persons'), ref(String(offset), 'persons')),
    ),
    rows: stages.map(({ key, label, statuses }) => ({
      key,
      label,
      role: 'detail' as const,
      dims: { stage: key },
      cells: cellsOf(tally(statuses), goalShare),
    })),
  };
}
