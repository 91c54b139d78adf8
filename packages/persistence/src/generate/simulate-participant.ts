import { LocalDate } from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import { femaleNames, maleNames, surnames } from './names.js';
import { type Rng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import { writeAfterSupport } from './after-support-path.js';
import type { StaffContext } from './staff-context.js';
import { enrollmentSegments } from './enrollment-segments.js';
import { incomeDuringFor } from './income-during.js';
import {
  type Outcome,
  dischargeReasonFor,
  incomeBefore,
  phasesInOrder,
} from './participant-paths.js';

/**
 * One person's path: referral, SE-group decision, enrollment, phases, placements,
 * discharge with an outcome, follow-ups and re-contact, with plausible rates
 * (about 40 % to work or studies, slightly higher for women, dropouts on the way).
 */
export function simulateParticipant(
  rng: Rng,
  staff: StaffContext,
  month: LocalDate,
  sink: RowSink,
  pii: PiiCipher,
  personnummerFor: (rng: Rng, birthDate: LocalDate, gender: 'female' | 'male') => string,
): void {
  const a = staff.associationId;
  const municipality = rng.weighted(staff.municipalities.map((m) => [m, m.weight] as const));
  const receivedOn = LocalDate.addDays(month, rng.int(0, 27));
  if (receivedOn >= staff.dataUntil) return;
  const project = staff.projects.find(
    (p) => p.period.start <= receivedOn && receivedOn < p.period.end,
  );
  if (!project) return;

  const legal: 'female' | 'male' = rng.chance(0.47) ? 'female' : 'male';
  const gender = rng.chance(0.01) ? 'other' : legal;
  const primary = rng.chance(0.55);
  const age = primary ? rng.int(19, 29) : rng.int(30, 62);
  const birthDate = LocalDate.addDays(LocalDate.addMonths(receivedOn, -12 * age), -rng.int(0, 360));
  const personnummer = personnummerFor(rng, birthDate, legal);
  const participantId = uuidFrom(rng);
  const factors: string[] = [];
  if (rng.chance(0.45)) factors.push('mental_ill_health');
  if (rng.chance(0.3)) factors.push('disability');
  if (rng.chance(0.1)) factors.push('substance_abuse');
  const first = rng.pick(legal === 'female' ? femaleNames : maleNames);
  sink.add('participants', [
    a,
    participantId,
    pii.encrypt(personnummer),
    pii.hash(personnummer),
    first,
    rng.pick(surnames),
    gender,
    `${personnummer.slice(0, 4)}-${personnummer.slice(4, 6)}-${personnummer.slice(6, 8)}`,
    municipality.id,
    factors,
    rng.weighted([
      ['primary_incomplete', 15],
      ['primary', 35],
      ['upper_secondary', 40],
      ['post_secondary', 10],
    ] as const),
  ]);

  const referralId = uuidFrom(rng);
  const organisation = rng.weighted([
    ['AF', 40],
    ['FK', 25],
    ['MUNICIPALITY', 25],
    ['REGION', 10],
  ] as const);
  // The SE-group meets monthly, on the 10th of the following month.
  const meetingOn = LocalDate.addDays(
    LocalDate.addMonths(LocalDate.startOfMonth(receivedOn), 1),
    9,
  );
  if (meetingOn >= staff.dataUntil) {
    sink.add('referrals', [
      a,
      referralId,
      participantId,
      municipality.id,
      project.id,
      staff.referrer,
      organisation,
      receivedOn,
      'received',
    ]);
    return;
  }
  const meetingId = staff.meetingFor(municipality.id, meetingOn);
  const decision = rng.weighted([
    ['accepted', 76],
    ['not_now', 10],
    ['declined', 5],
    ['escalated', 9],
  ] as const);
  let state: string = decision;
  const decisions: unknown[][] = [];
  const decide = (
    action: string,
    to: string,
    on: string,
    by: string,
    note: string,
    meeting: string | null,
  ) => decisions.push([a, uuidFrom(rng), referralId, action, to, on, by, meeting, note]);
  const actionOf: Record<string, string> = {
    accepted: 'accept',
    not_now: 'not_now',
    declined: 'decline',
    escalated: 'escalate',
  };
  decide(
    actionOf[decision] ?? 'accept',
    decision,
    meetingOn,
    staff.decider,
    decision === 'not_now' ? 'Inte motiverad just nu.' : '',
    meetingId,
  );
  let decidedOn = meetingOn;
  if (decision === 'escalated') {
    const chiefOn = LocalDate.addDays(meetingOn, rng.int(2, 10));
    // Now and then the chief has not decided yet: the referral stays escalated.
    if (chiefOn < staff.dataUntil && rng.chance(0.85)) {
      state = rng.chance(0.8) ? 'accepted' : 'declined';
      decide(
        state === 'accepted' ? 'accept' : 'decline',
        state,
        chiefOn,
        staff.chiefs.get(municipality.id) ?? staff.manager,
        'Beslut av chef på kommunnivå.',
        null,
      );
      decidedOn = chiefOn;
    }
  }
  sink.add('referrals', [
    a,
    referralId,
    participantId,
    municipality.id,
    project.id,
    staff.referrer,
    organisation,
    receivedOn,
    state,
  ]);
  for (const row of decisions) sink.add('referral_decisions', row as never);
  if (state !== 'accepted') return;

  const enrolledOn = LocalDate.addDays(decidedOn, rng.int(1, 14));
  const horizon = staff.dataUntil;
  if (enrolledOn >= horizon) return;
  const before = rng.weighted(incomeBefore);

  // Phases: each step takes a while; some stop on the way.
  const transitions: [string, LocalDate][] = [['agreement', enrolledOn]];
  let cursor = enrolledOn;
  const reach = rng.weighted([
    [2, 10],
    [3, 25],
    [4, 30],
    [5, 35],
  ] as const);
  for (let step = 1; step < reach; step += 1) {
    cursor = LocalDate.addDays(cursor, rng.int(20, 90));
    if (cursor >= horizon) break;
    transitions.push([phasesInOrder[step] ?? 'support_on_off_job', cursor]);
  }
  const employerContact = transitions.find(
    ([phase]) => phase === 'employer_engagement' || phase === 'job_finding',
  );
  const firstEmployerContactOn = employerContact
    ? LocalDate.addDays(employerContact[1], rng.int(0, 20))
    : null;

  // Outcome and discharge (if it happens before the end of the data).
  const toWork = (gender === 'female' ? 0.42 : 0.37) + (primary ? 0.03 : 0);
  const outcome: Outcome = rng.chance(toWork)
    ? rng.weighted([
        ['employment', 62],
        ['subsidised_employment', 18],
        ['studies', 20],
      ] as const)
    : rng.weighted([
        ['job_seeking', 35],
        ['other_intervention', 30],
        ['sick_leave', 20],
        ['other', 15],
      ] as const);
  const lastPhaseOn = transitions.at(-1)?.[1] ?? enrolledOn;
  const naturalEnd = LocalDate.addDays(lastPhaseOn, rng.int(40, 300));
  // The path cut at project ends: a continuation carries the person on (issue 17).
  const segments = enrollmentSegments(
    staff.projects,
    enrolledOn,
    naturalEnd < horizon ? naturalEnd : null,
    horizon,
  );
  const final = segments.at(-1);
  if (!final) return;
  const dischargedOn = final.dischargedOn;
  const worked = outcome === 'employment' || outcome === 'subsidised_employment';
  const firstJobOn =
    worked && dischargedOn ? LocalDate.addDays(dischargedOn, -rng.int(10, 60)) : null;
  const jobStart =
    firstJobOn && firstJobOn > lastPhaseOn && firstJobOn >= final.from ? firstJobOn : null;

  let coachSlot = -1;
  const written = segments.map((segment, index) => {
    const segmentProject = staff.projects[segment.projectIndex];
    const coaches =
      segmentProject?.coaches.get(municipality.id) ??
      [...(segmentProject?.coaches.values() ?? [])].flat();
    const coachId = (coachSlot >= 0 ? coaches[coachSlot] : undefined) ?? rng.pick(coaches);
    coachSlot = coaches.indexOf(coachId);
    const id = uuidFrom(rng);
    const until = segment.dischargedOn ?? horizon;
    // The phase in force when the segment starts, then the steps taken during it.
    const inForce = transitions.filter(([, on]) => on <= segment.from).at(-1);
    const phases: [string, LocalDate][] = [
      [inForce?.[0] ?? 'agreement', segment.from],
      ...transitions.filter(([, on]) => on > segment.from && on <= until),
    ];
    const isFinal = index === segments.length - 1;
    const continues = segment.end === 'continues';
    const segmentOutcome = continues ? 'other_intervention' : outcome;
    const ended = segment.dischargedOn !== null;
    const atEnd = !ended
      ? null
      : continues
        ? before
        : worked
          ? outcome === 'subsidised_employment'
            ? ['wage_subsidy_salary']
            : ['salary']
          : outcome === 'studies'
            ? ['student_aid']
            : before;
    const contact =
      firstEmployerContactOn &&
      firstEmployerContactOn >= segment.from &&
      firstEmployerContactOn <= until &&
      firstEmployerContactOn < horizon
        ? firstEmployerContactOn
        : null;
    sink.add('enrollments', [
      a,
      id,
      participantId,
      coachId,
      municipality.id,
      segmentProject?.id ?? project.id,
      referralId,
      segment.from,
      before,
      phases.at(-1)?.[0] ?? 'agreement',
      incomeDuringFor({
        enrollmentId: id,
        before,
        outcome: segmentOutcome,
        jobStarted: isFinal && jobStart !== null,
      }),
      segment.dischargedOn,
      !ended
        ? null
        : continues || (segment.end === 'project_ended' && !worked)
          ? 'project_ended'
          : dischargeReasonFor[outcome],
      atEnd,
      ended ? segmentOutcome : null,
      contact,
      isFinal ? jobStart : null,
    ]);
    phases.forEach(([phase, on], step) =>
      sink.add('phase_transitions', [a, id, step + 1, phase, on]),
    );
    return { id, from: segment.from, until };
  });
  const enrollmentId = written.at(-1)?.id ?? '';
  const enrollmentFor = (on: LocalDate) =>
    written.find((w) => w.from <= on && on <= w.until)?.id ?? enrollmentId;

  // Placements along the way.
  if (transitions.length >= 3 && rng.chance(0.6)) {
    const start = LocalDate.addDays(transitions[2]?.[1] ?? enrolledOn, rng.int(0, 20));
    if (start < staff.dataUntil) {
      sink.add('placements', [
        a,
        uuidFrom(rng),
        enrollmentFor(start),
        rng.pick(staff.employers),
        rng.chance(0.6) ? 'job_tasting' : 'work_trial',
        start,
        LocalDate.addDays(start, rng.int(10, 60)) < staff.dataUntil
          ? LocalDate.addDays(start, rng.int(10, 60))
          : null,
        rng.int(8, 30),
      ]);
    }
  }
  if (jobStart) {
    sink.add('placements', [
      a,
      uuidFrom(rng),
      enrollmentId,
      rng.pick(staff.employers),
      outcome,
      jobStart,
      null,
      rng.int(15, 40),
    ]);
  }
  if (outcome === 'studies' && dischargedOn) {
    sink.add('placements', [
      a,
      uuidFrom(rng),
      enrollmentId,
      null,
      'studies',
      dischargedOn,
      null,
      null,
    ]);
  }

  // After-support and follow-ups for those who went to work or studies.
  if (dischargedOn && (worked || outcome === 'studies'))
    writeAfterSupport(rng, staff, sink, {
      enrollmentId,
      dischargedOn,
      studies: outcome === 'studies',
    });
}
