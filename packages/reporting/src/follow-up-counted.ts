import { LocalDate } from '@finsam-se/domain';
import type { Column } from './table.js';

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

/** A count of persons among those whose follow-up is due, with its share of them. */
export const shareOfDue = (sv: string, en: string, key: string): Column => ({
  key,
  label: { sv, en },
  kind: 'count',
  unit: 'persons',
  shareOf: 'due',
});

/**
 * The first three columns of a figure read at follow-ups: the persons discharged, those
 * whose follow-up is not yet due, and those counted (due), which are the sum of `dueParts`.
 */
export function followUpPersonColumns(dueParts: readonly string[]): readonly Column[] {
  return [
    {
      key: 'persons',
      label: { sv: 'Avslutade personer', en: 'Persons discharged' },
      kind: 'count',
      unit: 'persons',
      sumOf: ['due', 'not_yet_due'],
    },
    {
      key: 'not_yet_due',
      label: { sv: 'Uppföljning ej förfallen', en: 'Follow-up not yet due' },
      kind: 'count',
      unit: 'persons',
    },
    {
      key: 'due',
      label: { sv: 'Att räkna', en: 'Counted' },
      kind: 'count',
      unit: 'persons',
      sumOf: [...dueParts],
    },
  ];
}
