import { followUpCounted, followUpPersonColumns, shareOfDue } from './follow-up-counted.js';
import { type LocalDate, type Period } from '@finsam-se/domain';
import { ref, sameCount } from './declared-relations.js';
import { durableOffsets, lastDischargePerPerson } from './durable-outcome.js';
import { periodInWords } from './period-words.js';
import type { EnrollmentRow, FollowUpRow } from './rows.js';
import { selfSupportingAtDischarge } from './self-supporting.js';
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

export type SelfSupportingReportOptions = {
  /** Persons whose (last) discharge day lies in this half-open period. */
  readonly period: Period;
  /** A follow-up counts once due: discharge + offset months < asOf. */
  readonly asOf: LocalDate;
  /** The project's `self_supporting_after` goal as a share in [0, 1] (FiA: 0.65). */
  readonly goalShare: number;
};

type Status = 'yes' | 'no' | 'unknown' | 'not_yet_due';

const columns: readonly Column[] = [
  ...followUpPersonColumns(['self_supporting', 'not_self_supporting', 'unknown']),
  shareOfDue('Självförsörjande', 'Self-supporting', 'self_supporting'),
  shareOfDue('Inte självförsörjande', 'Not self-supporting', 'not_self_supporting'),
  shareOfDue('Okänd', 'Unknown', 'unknown'),
  {
    key: 'share_of_known',
    label: { sv: 'Andel av kända', en: 'Share of known' },
    kind: 'value',
    unit: 'share',
    derivedFrom: ['self_supporting', 'due', 'unknown'],
  },
  { key: 'goal', label: { sv: 'Mål', en: 'Goal' }, kind: 'value', unit: 'share' },
  {
    key: 'vs_goal_pp',
    label: {
      sv: 'Skillnad mot mål, okänd räknad som ej självförsörjande (procentenheter)',
      en: 'Versus goal, unknown counted as not self-supporting (percentage points)',
    },
    kind: 'value',
    unit: 'percentage_points',
    derivedFrom: ['self_supporting', 'due'],
  },
];

function atDischarge(row: EnrollmentRow): Status {
  const verdict = selfSupportingAtDischarge(row);
  return verdict === null ? 'unknown' : verdict ? 'yes' : 'no';
}

function atFollowUp(
  row: EnrollmentRow,
  offset: number,
  followUps: ReadonlyMap<string, FollowUpRow>,
  asOf: LocalDate,
): Status {
  const dischargedOn = row.dischargedOn;
  if (dischargedOn === null || !followUpCounted(dischargedOn, offset, asOf)) return 'not_yet_due';
  const status = followUps.get(`${row.enrollmentId}/${offset}`)?.status ?? 'unknown';
  if (status === 'unknown') return 'unknown';
  return status === 'neither' ? 'no' : 'yes';
}

function cellsOf(statuses: readonly Status[], goalShare: number): Record<string, Cell> {
  const n: Record<Status, number> = { yes: 0, no: 0, unknown: 0, not_yet_due: 0 };
  for (const status of statuses) n[status] += 1;
  const due = n.yes + n.no + n.unknown;
  const known = n.yes + n.no;
  return withShares(columns, {
    persons: countCell(due + n.not_yet_due),
    not_yet_due: countCell(n.not_yet_due),
    due: countCell(due),
    self_supporting: countCell(n.yes),
    not_self_supporting: countCell(n.no),
    unknown: countCell(n.unknown),
    share_of_known: valueCell(ratio(n.yes, known), known),
    goal: valueCell(goalShare),
    vs_goal_pp: valueCell(percentagePoints(ratio(n.yes, due), goalShare), due),
  });
}

/**
 * Self-supporting after the project (FiA's goal, seed 004: "65 % av deltagarna ska bli
 * självförsörjande efter projektet"; "egenförsörjning via arbete och eller studier"). Persons,
 * not enrollments: each person's last discharge in the period. At discharge a person is
 * self-supporting when every income source recorded after it is without public support
 * (`selfSupportingAtDischarge`: salary, student aid, no public support; wage subsidy and
 * benefits are public support). At the 6- and 12-month follow-ups, which record only work
 * and studies, a person in work or studies counts as self-supporting (the seed's "via arbete
 * och eller studier"); wage-subsidised work cannot be told apart there. Shares and the goal
 * comparison are of everyone counted, an unknown counted as not self-supporting
 * (conservative); the share of the known is shown beside it.
 */
export function selfSupportingReport(
  enrollments: readonly EnrollmentRow[],
  followUps: readonly FollowUpRow[],
  options: SelfSupportingReportOptions,
): Table {
  const { period, asOf, goalShare } = options;
  const persons = lastDischargePerPerson(enrollments, period);
  const byKey = new Map(followUps.map((f) => [`${f.enrollmentId}/${f.offsetMonths}`, f]));
  const stages: { key: string; label: Row['label']; statuses: Status[] }[] = [
    {
      key: 'at_discharge',
      label: { sv: 'Vid avslut', en: 'At discharge' },
      statuses: persons.map(atDischarge),
    },
    ...durableOffsets.map((offset) => ({
      key: String(offset),
      label: { sv: `${offset} månader efter avslut`, en: `${offset} months after discharge` },
      statuses: persons.map((row) => atFollowUp(row, offset, byKey, asOf)),
    })),
  ];
  const words = periodInWords(period);
  return {
    id: 'self_supporting',
    title: { sv: 'Självförsörjande efter projektet', en: 'Self-supporting after the project' },
    dimension: { sv: 'Tidpunkt', en: 'When' },
    definition: {
      sv: `Personer (inte inskrivningar) avslutade ${words.sv}, var och en med sitt sista avslut i perioden. Vid avslut: självförsörjande när varje registrerad försörjning efter avslut är utan offentligt stöd (lön, studiemedel, ingen offentlig försörjning); lön med lönestöd och alla ersättningar och bidrag är offentligt stöd; ingen registrerad försörjning är okänd. Vid uppföljningen 6 och 12 månader efter avslut (förfallen före ${asOf}) registreras bara arbete och studier: i arbete eller studier räknas som självförsörjande (egenförsörjning via arbete och/eller studier), och arbete med lönestöd kan inte skiljas ut där. Andelen och skillnaden mot målet räknas av alla som räknas; okänd räknas som inte självförsörjande (försiktig beräkning). Andelen av kända visas bredvid.`,
      en: `Persons (not enrollments) discharged ${words.en}, each with their last discharge in the period. At discharge: self-supporting when every income source recorded after discharge is without public support (salary, student aid, no public support); wage-subsidised salary and every benefit are public support; no income recorded is unknown. The follow-ups 6 and 12 months after discharge (due before ${asOf}) record only work and studies: in work or studies counts as self-supporting (self-support through work and/or studies), and wage-subsidised work cannot be told apart there. The share and the comparison with the goal are of everyone counted; unknown counts as not self-supporting (conservative). The share of the known is shown beside it.`,
    },
    columns,
    // The same persons at each stage.
    relations: durableOffsets.map((offset) =>
      sameCount(ref('at_discharge', 'persons'), ref(String(offset), 'persons')),
    ),
    rows: stages.map(({ key, label, statuses }) => ({
      key,
      label,
      role: 'detail' as const,
      dims: { stage: key },
      cells: cellsOf(statuses, goalShare),
    })),
  };
}
