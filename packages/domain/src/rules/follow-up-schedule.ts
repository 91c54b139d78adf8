import { LocalDate } from '../core/local-date.js';
import { type FollowUpOffset, followUpOffsets } from '../model/work.js';

/** When each after-support follow-up (3, 6 and 12 months after discharge) falls due. */
export function followUpSchedule(
  dischargedOn: LocalDate,
): { readonly monthsAfter: FollowUpOffset; readonly dueOn: LocalDate }[] {
  return followUpOffsets.map((monthsAfter) => ({
    monthsAfter,
    dueOn: LocalDate.addMonths(dischargedOn, monthsAfter),
  }));
}
