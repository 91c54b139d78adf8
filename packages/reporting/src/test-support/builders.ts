import { Fte, LocalDate, Period, type Phase } from '@finsam-se/domain';
import fc from 'fast-check';
import type { EnrollmentRow, FollowUpRow, PostRow, ReferralRow } from '../rows.js';
import { type Table, countOf } from '../table.js';

export const d = (text: string): LocalDate => LocalDate.from(text);
export const period = (start: string, end: string): Period => Period.of(d(start), d(end));

let sequence = 0;

/** An enrollment with sensible defaults; override what the test is about. */
export function enrollment(overrides: Partial<EnrollmentRow> = {}): EnrollmentRow {
  sequence += 1;
  return {
    enrollmentId: `e${sequence}`,
    participantId: `p${sequence}`,
    coachId: 'c1',
    municipalityId: 'm1',
    projectId: 'proj',
    gender: 'female',
    birthDate: d('1995-06-15'),
    targetGroupFactors: [],
    enrolledOn: d('2023-01-01'),
    dischargedOn: null,
    dischargeReason: null,
    incomeBefore: ['activity_compensation'],
    incomeDuring: [],
    incomeAfter: [],
    occupationAfter: null,
    phases: [],
    firstEmployerContactOn: null,
    firstJobOn: null,
    ...overrides,
  };
}

export function discharged(
  on: string,
  occupationAfter: string | null,
  overrides: Partial<EnrollmentRow> = {},
): EnrollmentRow {
  return enrollment({
    dischargedOn: d(on),
    occupationAfter,
    dischargeReason: 'other',
    incomeAfter: ['salary'],
    ...overrides,
  });
}

export function post(
  municipalityId: string,
  coachId: string | null,
  hundredths: number,
  start: string,
  end: string,
): PostRow {
  return { municipalityId, coachId, fte: Fte.ofHundredths(hundredths), period: period(start, end) };
}

export function referral(overrides: Partial<ReferralRow> = {}): ReferralRow {
  sequence += 1;
  return {
    referralId: `r${sequence}`,
    municipalityId: 'm1',
    receivedOn: d('2024-01-10'),
    state: 'received',
    decidedOn: null,
    ...overrides,
  };
}

export function followUp(overrides: Partial<FollowUpRow> = {}): FollowUpRow {
  sequence += 1;
  return {
    enrollmentId: `e${sequence}`,
    gender: 'female',
    municipalityId: 'm1',
    dischargedOn: d('2023-03-01'),
    offsetMonths: 3,
    status: 'work',
    ...overrides,
  };
}

/** Count in a cell, throwing when it is not a published count (for terse assertions). */
export function count(table: Table, row: string, column: string): number {
  const value = countOf(table.rows.find((r) => r.key === row)?.cells[column]);
  if (value === undefined) throw new Error(`no count at ${row}/${column}`);
  return value;
}

const dayArb = fc
  .integer({ min: 0, max: 4 * 365 })
  .map((offset) => LocalDate.addDays(d('2022-01-01'), offset));

const occupationCodes = [
  'employment',
  'self_employment',
  'subsidised_employment',
  'studies',
  'job_seeking',
  'other',
  'unknown',
  'not_a_code',
];
const incomeCodes = [
  'activity_compensation',
  'sickness_benefit',
  'financial_assistance',
  'salary',
  'student_aid',
];
const phaseList: Phase[] = [
  'agreement',
  'vocational_profile',
  'job_finding',
  'employer_engagement',
  'support_on_off_job',
];

/** Random enrollment rows over 2022–2025 for property tests. */
export const enrollmentArb: fc.Arbitrary<EnrollmentRow> = fc
  .record({
    id: fc.integer({ min: 1, max: 1_000_000 }),
    municipality: fc.constantFrom('m1', 'm2', 'm3'),
    coach: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
    gender: fc.constantFrom('female' as const, 'male' as const, 'other' as const),
    birthYear: fc.integer({ min: 1960, max: 2008 }),
    factors: fc.subarray(['disability', 'mental_ill_health', 'substance_abuse']),
    enrolledOn: dayArb,
    stay: fc.option(fc.integer({ min: 1, max: 900 }), { nil: null }),
    occupation: fc.constantFrom(...occupationCodes),
    before: fc.subarray(incomeCodes, { minLength: 0, maxLength: 2 }),
    after: fc.subarray(incomeCodes, { minLength: 0, maxLength: 2 }),
    phaseSteps: fc.array(fc.integer({ min: 1, max: 120 }), { maxLength: 5 }),
    contact: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  })
  .map((r) => {
    const dischargedOn = r.stay === null ? null : LocalDate.addDays(r.enrolledOn, r.stay);
    let on = r.enrolledOn;
    const phases = r.phaseSteps.map((step, index) => {
      const transition = { phase: phaseList[index] ?? 'agreement', on };
      on = LocalDate.addDays(on, step);
      return transition;
    });
    return enrollment({
      enrollmentId: `e${r.id}`,
      participantId: `p${r.id}`,
      municipalityId: r.municipality,
      coachId: r.coach,
      gender: r.gender,
      birthDate: LocalDate.of(r.birthYear, 3, 1),
      targetGroupFactors: r.factors,
      enrolledOn: r.enrolledOn,
      dischargedOn,
      occupationAfter: dischargedOn === null ? null : r.occupation,
      incomeBefore: r.before,
      incomeAfter: dischargedOn === null ? [] : r.after,
      phases,
      firstEmployerContactOn:
        r.contact === null ? null : LocalDate.addDays(r.enrolledOn, r.contact),
    });
  });
