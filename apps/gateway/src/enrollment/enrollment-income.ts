import { ok, validateIncomeDuring, type Uuid } from '@finsam-se/domain';
import type { RequestContext } from '../context.js';
import type { EnrollmentType } from './enrollment.type.js';
import { enrollmentService } from './enrollment.service.js';
import { todayOf } from '../shared/service-support.js';

/**
 * Records the income sources during participation (§9: "före, under och efter"), checked
 * against the income-source code list on today's date (or the discharge day, when earlier).
 * Replaces what was recorded; the register keeps it on the enrollment.
 */
export function recordIncomeDuring(
  ctx: RequestContext,
  id: Uuid,
  compensationDuring: string[],
  version: number,
): Promise<EnrollmentType> {
  const today = todayOf(ctx);
  return enrollmentService.change(ctx, id, version, (enrollment) => {
    const checked = validateIncomeDuring(enrollment, compensationDuring, today);
    return checked.ok ? ok({ ...enrollment, compensationDuring: checked.value }) : checked;
  });
}
