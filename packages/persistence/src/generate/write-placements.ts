import { LocalDate } from '@finsam-se/domain';
import type { Transition } from './enrollment-path.js';
import type { Outcome } from './participant-paths.js';
import { type Rng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import type { StaffContext } from './staff-context.js';

export type PlacementPath = {
  readonly transitions: readonly Transition[];
  readonly enrolledOn: LocalDate;
  /** The enrollment running on a day (the last one when none does). */
  readonly enrollmentFor: (on: LocalDate) => string;
  /** The person's last enrollment. */
  readonly enrollmentId: string;
  readonly outcome: Outcome;
  readonly jobStart: LocalDate | null;
  readonly dischargedOn: LocalDate | null;
};

/**
 * Step `placements`: a job tasting or work trial along the way for most who reach the third
 * phase, the job someone leaves for, and the studies someone leaves for.
 */
export function writePlacements(
  rng: Rng,
  staff: StaffContext,
  sink: RowSink,
  path: PlacementPath,
): void {
  const a = staff.associationId;
  if (path.transitions.length >= 3 && rng.chance(0.6)) {
    const start = LocalDate.addDays(path.transitions[2]?.[1] ?? path.enrolledOn, rng.int(0, 20));
    if (start < staff.dataUntil) {
      sink.add('placements', {
        association_id: a,
        id: uuidFrom(rng),
        enrollment_id: path.enrollmentFor(start),
        employer_id: rng.pick(staff.employers),
        kind: rng.chance(0.6) ? 'job_tasting' : 'work_trial',
        started_on: start,
        // Two draws when the first ends before the data's end: kept so the data stays the same.
        ended_on:
          LocalDate.addDays(start, rng.int(10, 60)) < staff.dataUntil
            ? LocalDate.addDays(start, rng.int(10, 60))
            : null,
        hours_per_week: rng.int(8, 30),
      });
    }
  }
  if (path.jobStart) {
    sink.add('placements', {
      association_id: a,
      id: uuidFrom(rng),
      enrollment_id: path.enrollmentId,
      employer_id: rng.pick(staff.employers),
      kind: path.outcome,
      started_on: path.jobStart,
      ended_on: null,
      hours_per_week: rng.int(15, 40),
    });
  }
  if (path.outcome === 'studies' && path.dischargedOn) {
    sink.add('placements', {
      association_id: a,
      id: uuidFrom(rng),
      enrollment_id: path.enrollmentId,
      employer_id: null,
      kind: 'studies',
      started_on: path.dischargedOn,
      ended_on: null,
      hours_per_week: null,
    });
  }
}
