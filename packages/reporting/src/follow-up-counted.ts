import { LocalDate } from '@finsam-se/domain';

/**
 * A follow-up `offsetMonths` after a discharge counts in a figure once it is due before
 * `asOf` (its due day as `followUpSchedule` sets it: the discharge day plus the months);
 * until then it is "not yet due", never "unknown". The one rule the after-support, durable
 * outcome and self-supporting figures share.
 */
export function followUpCounted(
  dischargedOn: LocalDate,
  offsetMonths: number,
  asOf: LocalDate,
): boolean {
  return LocalDate.addMonths(dischargedOn, offsetMonths) < asOf;
}
