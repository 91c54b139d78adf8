import { ref, sameCount, subsetOf } from './declared-relations.js';
import { periodInWords } from './period-words.js';
import {
  type LocalDate,
  LocalDate as D,
  type Period,
  Period as P,
  phases,
} from '@finsam-se/domain';
import type { EnrollmentRow } from './rows.js';
import { median } from './stats.js';
import {
  type Column,
  type Label,
  type Row,
  type Table,
  countCell,
  valueCell,
  withShares,
} from './table.js';

export type PhaseFunnelOptions = {
  /** Enrollments with the enrollment day in this period form the cohort. */
  readonly period: Period;
  /** Open phases (and open enrollments) are measured up to this day. */
  readonly asOf: LocalDate;
};

const phaseLabels: Readonly<Record<string, Label>> = {
  agreement: { sv: '1 Överenskommelse', en: '1 Agreement' },
  vocational_profile: { sv: '2 Yrkesprofil', en: '2 Vocational profile' },
  job_finding: { sv: '3 Jobbsökande', en: '3 Job finding' },
  employer_engagement: { sv: '4 Arbetsgivarengagemang', en: '4 Employer engagement' },
  support_on_off_job: { sv: '5 Stöd på och utanför arbetet', en: '5 Support on and off the job' },
  first_employer_contact: { sv: 'Första arbetsgivarkontakt', en: 'First employer contact' },
  first_job: { sv: 'Första arbete', en: 'First job' },
};

const funnelColumns: readonly Column[] = [
  { key: 'cohort', label: { sv: 'Inskrivna', en: 'Enrolled' }, kind: 'count', unit: 'persons' },
  {
    key: 'reached',
    label: { sv: 'Nådde steget', en: 'Reached' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'cohort',
  },
  {
    key: 'median_days',
    label: { sv: 'Mediantid (dagar)', en: 'Median days' },
    kind: 'value',
    unit: 'days',
    derivedFrom: ['reached'],
  },
];

/**
 * Days each phase lasted for one enrollment: from its transition to the next transition,
 * the last one up to the discharge day (or `asOf` while enrolled). A phase entered twice
 * sums both spells.
 */
export function daysInPhases(row: EnrollmentRow, asOf: LocalDate): Map<string, number> {
  const days = new Map<string, number>();
  const end = row.dischargedOn !== null && row.dischargedOn < asOf ? row.dischargedOn : asOf;
  row.phases.forEach((transition, index) => {
    const next = row.phases[index + 1]?.on ?? end;
    const spell = Math.max(0, D.daysBetween(transition.on, D.min(next, end)));
    days.set(transition.phase, (days.get(transition.phase) ?? 0) + spell);
  });
  return days;
}

/**
 * Phase funnel of the cohort enrolled in the period: how many reached each of the five SE
 * phases (share of the cohort) and the median days spent in it; then how many had a first
 * employer contact and a first job, with the median days from enrollment to it.
 */
export function phaseFunnel(rows: readonly EnrollmentRow[], options: PhaseFunnelOptions): Table {
  const cohort = rows.filter((row) => P.contains(options.period, row.enrolledOn));
  const durations = new Map<string, number[]>(phases.map((phase) => [phase, []]));
  const contactDays: number[] = [];
  const jobDays: number[] = [];
  for (const row of cohort) {
    for (const [phase, days] of daysInPhases(row, options.asOf)) durations.get(phase)?.push(days);
    if (row.firstEmployerContactOn !== null && row.firstEmployerContactOn < options.asOf) {
      contactDays.push(D.daysBetween(row.enrolledOn, row.firstEmployerContactOn));
    }
    if (row.firstJobOn !== null && row.firstJobOn < options.asOf) {
      jobDays.push(D.daysBetween(row.enrolledOn, row.firstJobOn));
    }
  }
  const stepKeys = [...phases, 'first_employer_contact', 'first_job'];
  const line = (key: string, values: readonly number[]): Row => ({
    key,
    label: phaseLabels[key] ?? { sv: key, en: key },
    role: 'detail',
    dims: { step: key },
    cells: withShares(funnelColumns, {
      cohort: countCell(cohort.length),
      reached: countCell(values.length),
      median_days: valueCell(median(values), values.length),
    }),
  });
  return {
    id: 'phase_funnel',
    title: { sv: 'Stegtratt', en: 'Phase funnel' },
    dimension: { sv: 'Steg', en: 'Step' },
    definition: {
      sv: `Deltagare inskrivna ${periodInWords(options.period).sv}: antal som nått varje steg, mediantid i steget (till nästa steg, avslut eller ${options.asOf}); för arbetsgivarkontakt och arbete mediantid från inskrivning.`,
      en: `Participants enrolled ${periodInWords(options.period).en}: how many reached each phase, median days in it (to the next phase, discharge or ${options.asOf}); for employer contact and job, median days from enrollment.`,
    },
    columns: funnelColumns,
    // Every row repeats the cohort, and each step counts a subset of it.
    relations: stepKeys.flatMap((key, index) => [
      ...(index === 0 ? [] : [sameCount(ref(key, 'cohort'), ref(stepKeys[0] ?? key, 'cohort'))]),
      subsetOf(ref(key, 'reached'), ref(key, 'cohort')),
    ]),
    rows: [
      ...phases.map((phase) => line(phase, durations.get(phase) ?? [])),
      line('first_employer_contact', contactDays),
      line('first_job', jobDays),
    ],
  };
}
