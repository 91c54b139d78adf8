import { LocalDate } from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import { writeAfterSupport } from './after-support-path.js';
import { drawOutcome, drawPhases, isWork } from './enrollment-path.js';
import { enrollmentSegments } from './enrollment-segments.js';
import { incomeBefore } from './participant-paths.js';
import type { Rng } from './prng.js';
import type { RowSink } from './row-sink.js';
import type { StaffContext } from './staff-context.js';
import { writeEnrollments } from './write-enrollments.js';
import { writeParticipant, type PersonnummerFor } from './write-participant.js';
import { writePlacements } from './write-placements.js';
import { writeReferral } from './write-referral.js';

/**
 * One person's path: referral, SE-group decision, enrollment, phases, placements,
 * discharge with an outcome, follow-ups and re-contact, with plausible rates
 * (about 40 % to work or studies, slightly higher for women, dropouts on the way).
 * One step per table, in the order the random stream is drawn: moving a draw from one
 * step to another changes every row after it.
 */
export function simulateParticipant(
  rng: Rng,
  staff: StaffContext,
  month: LocalDate,
  sink: RowSink,
  pii: PiiCipher,
  personnummerFor: PersonnummerFor,
): void {
  const municipality = rng.weighted(staff.municipalities.map((m) => [m, m.weight] as const));
  const receivedOn = LocalDate.addDays(month, rng.int(0, 27));
  if (receivedOn >= staff.dataUntil) return;
  const project = staff.projects.find(
    (p) => p.period.start <= receivedOn && receivedOn < p.period.end,
  );
  if (!project) return;
  const person = writeParticipant(rng, sink, {
    staff,
    pii,
    personnummerFor,
    municipality,
    receivedOn,
  });
  const referral = writeReferral(rng, staff, sink, {
    participantId: person.participantId,
    municipalityId: municipality.id,
    projectId: project.id,
    receivedOn,
  });
  if (!referral) return;

  const enrolledOn = LocalDate.addDays(referral.decidedOn, rng.int(1, 14));
  const horizon = staff.dataUntil;
  if (enrolledOn >= horizon) return;
  const before = rng.weighted(incomeBefore);
  const { transitions, firstEmployerContactOn } = drawPhases(rng, enrolledOn, horizon);
  const outcome = drawOutcome(rng, person.gender, person.primary);
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
  const worked = isWork(outcome);
  const firstJobOn =
    worked && dischargedOn ? LocalDate.addDays(dischargedOn, -rng.int(10, 60)) : null;
  const jobStart =
    firstJobOn && firstJobOn > lastPhaseOn && firstJobOn >= final.from ? firstJobOn : null;

  const written = writeEnrollments(rng, staff, sink, {
    participantId: person.participantId,
    municipalityId: municipality.id,
    projectId: project.id,
    referralId: referral.referralId,
    before,
    transitions,
    firstEmployerContactOn,
    outcome,
    worked,
    jobStart,
    segments,
  });
  const enrollmentId = written.at(-1)?.id ?? '';
  const enrollmentFor = (on: LocalDate) =>
    written.find((w) => w.from <= on && on <= w.until)?.id ?? enrollmentId;
  writePlacements(rng, staff, sink, {
    transitions,
    enrolledOn,
    enrollmentFor,
    enrollmentId,
    outcome,
    jobStart,
    dischargedOn,
  });
  // After-support and follow-ups for those who went to work or studies.
  if (dischargedOn && (worked || outcome === 'studies'))
    writeAfterSupport(rng, staff, sink, {
      enrollmentId,
      dischargedOn,
      studies: outcome === 'studies',
    });
}
