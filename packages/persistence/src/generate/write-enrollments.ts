import { type LocalDate } from '@finsam-se/domain';
import type { EnrollmentSegment } from './enrollment-segments.js';
import type { Transition } from './enrollment-path.js';
import { incomeDuringFor } from './income-during.js';
import { type Outcome, dischargeReasonFor } from './participant-paths.js';
import { type Rng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import type { StaffContext } from './staff-context.js';

/** Everything decided about one person's path before its enrollments are written. */
export type EnrollmentPath = {
  readonly participantId: string;
  readonly municipalityId: string;
  /** The project the referral came in under (a fallback for a segment's project). */
  readonly projectId: string;
  readonly referralId: string;
  readonly before: readonly string[];
  readonly transitions: readonly Transition[];
  readonly firstEmployerContactOn: LocalDate | null;
  readonly outcome: Outcome;
  readonly worked: boolean;
  /** A job started before the discharge, in the final segment. */
  readonly jobStart: LocalDate | null;
  readonly segments: readonly EnrollmentSegment[];
};

/** A written enrollment and the days it covers. */
export type WrittenEnrollment = { readonly id: string; from: LocalDate; until: LocalDate };

/**
 * Steps `enrollments` and `phase_transitions`: one enrollment per project segment of the
 * path, with the same coach while the coach's project goes on, and the phases entered in it.
 */
export function writeEnrollments(
  rng: Rng,
  staff: StaffContext,
  sink: RowSink,
  path: EnrollmentPath,
): WrittenEnrollment[] {
  const horizon = staff.dataUntil;
  let coachSlot = -1;
  return path.segments.map((segment, index) => {
    const segmentProject = staff.projects[segment.projectIndex];
    const coaches =
      segmentProject?.coaches.get(path.municipalityId) ??
      [...(segmentProject?.coaches.values() ?? [])].flat();
    const coachId = (coachSlot >= 0 ? coaches[coachSlot] : undefined) ?? rng.pick(coaches);
    coachSlot = coaches.indexOf(coachId);
    const id = uuidFrom(rng);
    const until = segment.dischargedOn ?? horizon;
    // The phase in force when the segment starts, then the steps taken during it.
    const inForce = path.transitions.filter(([, on]) => on <= segment.from).at(-1);
    const phases: Transition[] = [
      [inForce?.[0] ?? 'agreement', segment.from],
      ...path.transitions.filter(([, on]) => on > segment.from && on <= until),
    ];
    const isFinal = index === path.segments.length - 1;
    sink.add('enrollments', {
      association_id: staff.associationId,
      id,
      participant_id: path.participantId,
      coach_id: coachId,
      municipality_id: path.municipalityId,
      project_id: segmentProject?.id ?? path.projectId,
      referral_id: path.referralId,
      enrolled_on: segment.from,
      compensation_at_start: path.before,
      current_phase: phases.at(-1)?.[0] ?? 'agreement',
      ...segmentEnd(path, segment, { id, isFinal, until, horizon }),
    });
    phases.forEach(([phase, on], step) =>
      sink.add('phase_transitions', {
        association_id: staff.associationId,
        enrollment_id: id,
        seq: step + 1,
        phase,
        on_date: on,
      }),
    );
    return { id, from: segment.from, until };
  });
}

/** The columns of an enrollment that follow from how its segment ends. */
function segmentEnd(
  path: EnrollmentPath,
  segment: EnrollmentSegment,
  at: { id: string; isFinal: boolean; until: LocalDate; horizon: LocalDate },
) {
  const { outcome, worked, before } = path;
  const { id, isFinal, until } = at;
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
  const contact = path.firstEmployerContactOn;
  return {
    compensation_during: incomeDuringFor({
      enrollmentId: id,
      before,
      outcome: segmentOutcome,
      jobStarted: isFinal && path.jobStart !== null,
    }),
    discharged_on: segment.dischargedOn,
    discharge_reason: !ended
      ? null
      : continues || (segment.end === 'project_ended' && !worked)
        ? 'project_ended'
        : dischargeReasonFor[outcome],
    compensation_at_end: atEnd,
    occupation_after: ended ? segmentOutcome : null,
    first_employer_contact_on:
      contact && contact >= segment.from && contact <= until && contact < at.horizon
        ? contact
        : null,
    first_job_on: isFinal ? path.jobStart : null,
  };
}
