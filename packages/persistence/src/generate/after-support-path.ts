import { LocalDate, followUpSchedule } from '@finsam-se/domain';
import { type Rng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import type { StaffContext } from './staff-context.js';

/**
 * After-support for someone who left for work or studies: an episode from the discharge (now
 * and then a re-contact after it) and the 3-, 6- and 12-month follow-ups, those due before the
 * data's end mostly done. Draws from the caller's random stream, in the caller's order.
 */
export function writeAfterSupport(
  rng: Rng,
  staff: StaffContext,
  sink: RowSink,
  path: {
    readonly enrollmentId: string;
    readonly dischargedOn: LocalDate;
    readonly studies: boolean;
  },
): void {
  const a = staff.associationId;
  const { enrollmentId, dischargedOn } = path;
  const supportEnd = LocalDate.addMonths(dischargedOn, rng.int(3, 12));
  sink.add('after_support_episodes', {
    association_id: a,
    id: uuidFrom(rng),
    enrollment_id: enrollmentId,
    started_on: dischargedOn,
    ended_on: supportEnd < staff.dataUntil ? supportEnd : null,
    reason: 'follow_up',
  });
  if (supportEnd < staff.dataUntil && rng.chance(0.1)) {
    const again = LocalDate.addDays(supportEnd, rng.int(10, 120));
    if (again < staff.dataUntil)
      sink.add('after_support_episodes', {
        association_id: a,
        id: uuidFrom(rng),
        enrollment_id: enrollmentId,
        started_on: again,
        ended_on: null,
        reason: 're_contact',
      });
  }
  let stillThere = true;
  for (const { monthsAfter, dueOn } of followUpSchedule(dischargedOn)) {
    if (dueOn >= staff.dataUntil) {
      sink.add('follow_ups', {
        association_id: a,
        id: uuidFrom(rng),
        enrollment_id: enrollmentId,
        months_after: monthsAfter,
        due_on: dueOn,
        done_on: null,
        working: null,
        studying: null,
      });
      continue;
    }
    stillThere = stillThere && rng.chance(0.88);
    const done = rng.chance(0.92);
    sink.add('follow_ups', {
      association_id: a,
      id: uuidFrom(rng),
      enrollment_id: enrollmentId,
      months_after: monthsAfter,
      due_on: dueOn,
      // Two draws when the first lands before the data's end: kept so the data stays the same.
      done_on: done
        ? LocalDate.addDays(dueOn, rng.int(0, 14)) < staff.dataUntil
          ? LocalDate.addDays(dueOn, rng.int(0, 14))
          : dueOn
        : null,
      working: done ? stillThere && !path.studies : null,
      studying: done ? stillThere && path.studies : null,
    });
  }
}
