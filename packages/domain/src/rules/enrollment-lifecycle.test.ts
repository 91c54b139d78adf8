import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../core/local-date.js';
import type { Enrollment } from '../model/enrollment.js';
import {
  currentPhase,
  discharge,
  endAfterSupport,
  lastEventOn,
  movePhase,
  reContact,
} from './enrollment-lifecycle.js';

const day = (text: string) => text as LocalDate;
const buildEnrollment = (overrides: Partial<Enrollment> = {}): Enrollment => ({
  associationId: 'a1',
  id: 'e1',
  participantId: 'p1',
  coachId: 'c1',
  municipalityId: 'm1',
  projectId: 'pr1',
  referralId: null,
  enrolledOn: day('2019-01-10'),
  compensationAtStart: ['activity_compensation'],
  compensationDuring: [],
  phases: [{ phase: 'agreement', on: day('2019-01-10') }],
  discharge: null,
  afterSupport: [],
  version: 1,
  ...overrides,
});
const completeDischarge = {
  on: day('2019-09-01'),
  reason: 'got_work',
  compensationAtEnd: ['salary'],
  occupationAfter: 'employment',
};

describe('movePhase', () => {
  it('moves forward and records the date', () => {
    const moved = movePhase(buildEnrollment(), 'vocational_profile', day('2019-02-01'));
    expect(moved.ok && moved.value.phases.at(-1)).toEqual({
      phase: 'vocational_profile',
      on: '2019-02-01',
    });
    expect(moved.ok && currentPhase(moved.value)).toBe('vocational_profile');
  });

  it('may move back (a new vocational profile after job finding)', () => {
    const enrollment = buildEnrollment({
      phases: [
        { phase: 'agreement', on: day('2019-01-10') },
        { phase: 'job_finding', on: day('2019-03-01') },
      ],
    });
    expect(movePhase(enrollment, 'vocational_profile', day('2019-03-01')).ok).toBe(true);
  });

  it('never goes backwards in time', () => {
    expect(movePhase(buildEnrollment(), 'job_finding', day('2019-01-09'))).toMatchObject({
      ok: false,
      error: { code: 'ENROLLMENT.DATE_BEFORE_LAST', field: 'on' },
    });
  });

  it('refuses the phase the participant is already in', () => {
    expect(movePhase(buildEnrollment(), 'agreement', day('2019-02-01'))).toMatchObject({
      ok: false,
      error: { code: 'ENROLLMENT.SAME_PHASE' },
    });
  });

  it('refuses a discharged enrollment', () => {
    const done = discharge(buildEnrollment(), completeDischarge);
    if (!done.ok) throw new Error('expected ok');
    expect(movePhase(done.value, 'job_finding', day('2019-10-01'))).toMatchObject({
      ok: false,
      error: { code: 'ENROLLMENT.DISCHARGED' },
    });
  });
});

describe('discharge', () => {
  it('needs a reason, compensation at end and occupation after', () => {
    for (const field of ['reason', 'compensationAtEnd', 'occupationAfter'] as const) {
      const input = { ...completeDischarge, [field]: field === 'compensationAtEnd' ? [] : '' };
      expect(discharge(buildEnrollment(), input)).toMatchObject({
        ok: false,
        error: { code: 'ENROLLMENT.DISCHARGE_INCOMPLETE', field },
      });
    }
  });

  it('checks the codes against the code lists', () => {
    expect(discharge(buildEnrollment(), { ...completeDischarge, reason: 'bored' })).toMatchObject({
      ok: false,
      error: { code: 'CODE_LIST.UNKNOWN_CODE', field: 'reason' },
    });
    expect(
      discharge(buildEnrollment(), {
        ...completeDischarge,
        compensationAtEnd: ['no_public_support', 'salary'],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CODE_LIST.EXCLUSIVE', field: 'compensationAtEnd' },
    });
  });

  it('discharges once, and may open structured follow-up', () => {
    const done = discharge(buildEnrollment(), { ...completeDischarge, followUp: true });
    expect(done.ok && done.value.discharge).toEqual({
      on: '2019-09-01',
      reason: 'got_work',
      compensationAtEnd: ['salary'],
      occupationAfter: 'employment',
    });
    expect(done.ok && done.value.afterSupport).toEqual([
      { startedOn: '2019-09-01', endedOn: null, reason: 'follow_up' },
    ]);
    if (!done.ok) return;
    expect(discharge(done.value, completeDischarge)).toMatchObject({
      ok: false,
      error: { code: 'ENROLLMENT.DISCHARGED' },
    });
  });

  it('is never dated before the latest phase move', () => {
    expect(
      discharge(buildEnrollment(), { ...completeDischarge, on: day('2019-01-01') }),
    ).toMatchObject({ ok: false, error: { code: 'ENROLLMENT.DATE_BEFORE_LAST' } });
  });
});

describe('re-contact and after-support', () => {
  it('opens an after-support episode on the same enrollment and closes the open one', () => {
    const done = discharge(buildEnrollment(), { ...completeDischarge, followUp: true });
    if (!done.ok) throw new Error('expected ok');
    const again = reContact(done.value, day('2020-02-01'));
    expect(again.ok && again.value.id).toBe('e1');
    expect(again.ok && again.value.afterSupport).toEqual([
      { startedOn: '2019-09-01', endedOn: '2020-02-01', reason: 'follow_up' },
      { startedOn: '2020-02-01', endedOn: null, reason: 're_contact' },
    ]);
    if (!again.ok) return;
    expect(lastEventOn(again.value)).toBe('2020-02-01');
    const ended = endAfterSupport(again.value, day('2020-03-01'));
    expect(ended.ok && ended.value.afterSupport.every((e) => e.endedOn !== null)).toBe(true);
  });

  it('needs a discharge first', () => {
    expect(reContact(buildEnrollment(), day('2019-05-01'))).toMatchObject({
      ok: false,
      error: { code: 'ENROLLMENT.NOT_DISCHARGED' },
    });
    expect(endAfterSupport(buildEnrollment(), day('2019-05-01'))).toMatchObject({
      ok: false,
      error: { code: 'ENROLLMENT.NOT_DISCHARGED' },
    });
  });

  it('is never dated before the discharge', () => {
    const done = discharge(buildEnrollment(), completeDischarge);
    if (!done.ok) throw new Error('expected ok');
    expect(reContact(done.value, day('2019-08-01'))).toMatchObject({
      ok: false,
      error: { code: 'ENROLLMENT.DATE_BEFORE_LAST' },
    });
  });
});

describe('currentPhase', () => {
  it('is undefined before the first phase', () => {
    expect(currentPhase({ phases: [] })).toBeUndefined();
  });
});
