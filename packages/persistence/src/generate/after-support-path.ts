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
  sink.add('after_support_episodes', [
    a,
    uuidFrom(rng),
    enrollmentId,
    dischargedOn,
    supportEnd < staff.dataUntil ? supportEnd : null,
    'follow_up',
  ]);
  if (supportEnd < staff.dataUntil && rng.chance(0.1)) {
    const again = LocalDate.addDays(supportEnd, rng.int(10, 120));
    if (again < staff.dataUntil)
      sink.add('after_support_episodes', [
        a,
        uuidFrom(rng),
        enrollmentId,
        again,
        null,
        're_contact',
      ]);
  }
  let stillThere = true;
  for (const { monthsAfter, dueOn } of followUpSchedule(dischargedOn)) {
    if (dueOn >= staff.dataUntil) {
      sink.add('follow_ups', [
        a,
        uuidFrom(rng),
        enrollmentId,
        monthsAfter,
        dueOn,
        null,
        null,
        null,
      ]);
      continue;
    }
    stillThere = stillThere && rng.chance(0.88);
    const done = rng.chance(0.92);
    sink.add('follow_ups', [
      a,
      uuidFrom(rng),
      enrollmentId,
      monthsAfter,
      dueOn,
      done
        ? LocalDate.addDays(dueOn, rng.int(0, 14)) < staff.dataUntil
          ? LocalDate.addDays(dueOn, rng.int(0, 14))
          : dueOn
        : null,
      done ? stillThere && !path.studies : null,
      done ? stillThere && path.studies : null,
    ]);
  }
}
