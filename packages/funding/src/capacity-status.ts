import { CASELOAD_TARGET_PER_FTE } from '@finsam-se/domain';

/**
 * How a post's caseload stands against the project description:
 * - `UNUSED`: below "minst 20 personer per heltidstjänst": capacity the project pays for
 *   and does not use, even though IPS-25 scores every caseload of 20 or less as best;
 * - `ON_TARGET`: from 20 up to the ceiling ("cirka 20"; 25 is where IPS-25 item 1 drops
 *   below 4);
 * - `OVER`: above the ceiling;
 * - `NO_POST`: no FTE to divide by.
 */
export type CapacityStatus = 'NO_POST' | 'UNUSED' | 'ON_TARGET' | 'OVER';

/** The floor from the seeds: "minst 20 personer/heltidstjänst". */
export const CASELOAD_FLOOR_PER_FTE = CASELOAD_TARGET_PER_FTE;
/** The ceiling of "cirka 20": the upper edge of IPS-25 item 1's score 4 (21–25). */
export const CASELOAD_CEILING_PER_FTE = 25;

export type CapacityThresholds = { readonly floor?: number; readonly ceiling?: number };

/** The status of a caseload per FTE (`null`: no FTE). Floor inclusive, ceiling inclusive. */
export function capacityStatus(
  perFte: number | null,
  thresholds: CapacityThresholds = {},
): CapacityStatus {
  if (perFte === null) return 'NO_POST';
  const floor = thresholds.floor ?? CASELOAD_FLOOR_PER_FTE;
  const ceiling = thresholds.ceiling ?? CASELOAD_CEILING_PER_FTE;
  if (perFte < floor) return 'UNUSED';
  if (perFte > ceiling) return 'OVER';
  return 'ON_TARGET';
}
