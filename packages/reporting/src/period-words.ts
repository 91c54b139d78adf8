import { LocalDate, type Period } from '@finsam-se/domain';
import type { Label } from './table.js';

/**
 * A period as readers say it: first and last day, both included. Periods are half-open
 * in the code (the end is the first day after), which a reader would misread by a day.
 */
export function periodInWords(period: Period): Label {
  const last = LocalDate.addDays(period.end, -1);
  return {
    sv: `från och med ${period.start} till och med ${last}`,
    en: `from ${period.start} to ${last} inclusive`,
  };
}
