import { ref, sameCount, subsetOf, sumOfCells } from './declared-relations.js';
import { periodInWords } from './period-words.js';
import {
  CASELOAD_TARGET_PER_FTE,
  type LocalDate,
  LocalDate as D,
  type Period,
  Period as P,
} from '@finsam-se/domain';
import { caseloadSeriesPoints } from './caseload-series.js';
import type { EnrollmentRow, PlacementRow, PostRow, ReferralRow } from './rows.js';
import { median, ratio } from './stats.js';
import {
  type Cell,
  type Column,
  type Row,
  type Table,
  countCell,
  valueCell,
  withShares,
} from './table.js';

export type FidelityInput = {
  readonly enrollments: readonly EnrollmentRow[];
  readonly posts: readonly PostRow[];
  readonly placements: readonly PlacementRow[];
  readonly referrals: readonly ReferralRow[];
};

export type FidelityOptions = {
  readonly period: Period;
  /** Open enrollments are measured up to this day. */
  readonly asOf: LocalDate;
  /** Target days from enrollment to first employer contact (IPS: 30). */
  readonly contactTargetDays?: number;
};

const fidelityColumns: readonly Column[] = [
  {
    key: 'numerator',
    label: { sv: 'Täljare', en: 'Numerator' },
    kind: 'count',
    unit: 'count',
    shareOf: 'denominator',
  },
  { key: 'denominator', label: { sv: 'Nämnare', en: 'Denominator' }, kind: 'count', unit: 'count' },
  {
    key: 'value',
    label: { sv: 'Värde', en: 'Value' },
    kind: 'value',
    unit: 'count',
    derivedFrom: ['numerator'],
  },
  { key: 'target', label: { sv: 'Mål', en: 'Target' }, kind: 'value', unit: 'count' },
  {
    key: 'meets_target',
    label: { sv: 'Når målet (1/0)', en: 'Meets target (1/0)' },
    kind: 'value',
    unit: 'count',
    derivedFrom: ['numerator'],
  },
  {
    key: 'ips_score',
    label: { sv: 'IPS-poäng', en: 'IPS score' },
    kind: 'value',
    unit: 'score',
    derivedFrom: ['numerator'],
  },
];

const flag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

/**
 * The measurable IPS-25 items for the period:
 * - `caseload`: participants active in the period's last month per day-weighted FTE (all
 *   posts), target ≤ 20, with the IPS item-1 score;
 * - `days_to_employer_contact`: of the cohort enrolled in the period, how many had a first
 *   employer contact within the target days (≤ 30); value = median days among those with a
 *   contact before `asOf`;
 * - `competitive_jobs` / `subsidised_jobs`: employments started in the period, regular and
 *   wage-subsidised counted separately; share of all employments;
 * - `zero_exclusion`: referrals received in the period and decided, how many were declined;
 *   target 0.
 */
export function fidelityReport(input: FidelityInput, options: FidelityOptions): Table {
  const contactTarget = options.contactTargetDays ?? 30;
  const months = P.months(options.period);
  const lastMonth = months[months.length - 1] ?? options.period;
  const points = caseloadSeriesPoints(input.enrollments, input.posts, {
    range: lastMonth,
    by: 'municipality',
  });
  const total = points.find((point) => point.unitId === 'total');
  const caseload = total?.caseloadPerFte ?? null;

  const cohort = input.enrollments.filter((row) => P.contains(options.period, row.enrolledOn));
  const contactDays = cohort.flatMap((row) =>
    row.firstEmployerContactOn !== null && row.firstEmployerContactOn < options.asOf
      ? [D.daysBetween(row.enrolledOn, row.firstEmployerContactOn)]
      : [],
  );
  const withinTarget = contactDays.filter((days) => days <= contactTarget).length;
  const contactMedian = median(contactDays);

  let competitive = 0;
  let subsidised = 0;
  for (const placement of input.placements) {
    if (!P.contains(options.period, placement.startedOn)) continue;
    if (placement.kind === 'employment') competitive += 1;
    if (placement.kind === 'subsidised_employment') subsidised += 1;
  }
  const jobs = competitive + subsidised;

  let decided = 0;
  let declined = 0;
  for (const referral of input.referrals) {
    if (!P.contains(options.period, referral.receivedOn) || referral.state === 'received') continue;
    decided += 1;
    if (referral.state === 'declined') declined += 1;
  }
  const declinedShare = ratio(declined, decided);

  const line = (key: string, label: Row['label'], cells: Record<string, Cell>): Row => ({
    key,
    label,
    role: 'detail',
    dims: { item: key },
    cells: withShares(fidelityColumns, cells),
  });

  return {
    id: 'fidelity',
    title: { sv: 'Metodtrohet (mätbara IPS-punkter)', en: 'Fidelity (measurable IPS items)' },
    dimension: { sv: 'Punkt', en: 'Item' },
    definition: {
      sv: `Mätbara IPS-25-punkter ${periodInWords(options.period).sv}; se README för varje punkts täljare och nämnare.`,
      en: `Measurable IPS-25 items ${periodInWords(options.period).en}; see the README for each item's numerator and denominator.`,
    },
    columns: fidelityColumns,
    // The two job rows share one denominator, the sum of their numerators; a numerator
    // counts a subset of its denominator.
    relations: [
      sumOfCells(ref('competitive_jobs', 'denominator'), [
        ref('competitive_jobs', 'numerator'),
        ref('subsidised_jobs', 'numerator'),
      ]),
      sameCount(ref('subsidised_jobs', 'denominator'), ref('competitive_jobs', 'denominator')),
      subsetOf(
        ref('days_to_employer_contact', 'numerator'),
        ref('days_to_employer_contact', 'denominator'),
      ),
      subsetOf(ref('zero_exclusion', 'numerator'), ref('zero_exclusion', 'denominator')),
    ],
    rows: [
      line(
        'caseload',
        { sv: 'Ärendemängd per heltid', en: 'Caseload per FTE' },
        {
          numerator: countCell(total?.active ?? 0),
          denominator: valueCell(total ? Math.round(total.fteHundredths) / 100 : null),
          value: valueCell(caseload, total?.active ?? 0),
          target: valueCell(CASELOAD_TARGET_PER_FTE),
          meets_target: valueCell(
            flag(caseload === null ? null : caseload <= CASELOAD_TARGET_PER_FTE),
          ),
          ips_score: valueCell(total?.ipsBand ?? null, total?.active ?? 0),
        },
      ),
      line(
        'days_to_employer_contact',
        { sv: 'Dagar till första arbetsgivarkontakt', en: 'Days to first employer contact' },
        {
          numerator: countCell(withinTarget),
          denominator: countCell(cohort.length),
          value: valueCell(contactMedian, contactDays.length),
          target: valueCell(contactTarget),
          meets_target: valueCell(
            flag(contactMedian === null ? null : contactMedian <= contactTarget),
          ),
          ips_score: valueCell(null),
        },
      ),
      line(
        'competitive_jobs',
        { sv: 'Anställningar på reguljära arbetsmarknaden', en: 'Competitive jobs' },
        {
          numerator: countCell(competitive),
          denominator: countCell(jobs),
          value: valueCell(ratio(competitive, jobs), jobs),
          target: valueCell(null),
          meets_target: valueCell(null),
          ips_score: valueCell(null),
        },
      ),
      line(
        'subsidised_jobs',
        { sv: 'Anställningar med lönestöd', en: 'Wage-subsidised jobs' },
        {
          numerator: countCell(subsidised),
          denominator: countCell(jobs),
          value: valueCell(ratio(subsidised, jobs), jobs),
          target: valueCell(null),
          meets_target: valueCell(null),
          ips_score: valueCell(null),
        },
      ),
      line(
        'zero_exclusion',
        {
          sv: 'Nollexkludering: avböjda aktualiseringar',
          en: 'Zero exclusion: declined referrals',
        },
        {
          numerator: countCell(declined),
          denominator: countCell(decided),
          value: valueCell(declinedShare, decided),
          target: valueCell(0),
          meets_target: valueCell(flag(decided === 0 ? null : declined === 0)),
          ips_score: valueCell(null),
        },
      ),
    ],
  };
}
