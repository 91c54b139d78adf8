import { type Period, incomeSources } from '@finsam-se/domain';
import { lastDischargePerPerson } from './durable-outcome.js';
import type { EnrollmentRow } from './rows.js';
import { ratio } from './stats.js';

/** How many persons discharged in a period left self-supporting, counted two ways. */
export type SelfSupporting = {
  /** Persons whose last discharge in the period falls in it (persons, not enrollments). */
  readonly discharged: number;
  /** Of those, persons whose income after discharge was recorded. */
  readonly known: number;
  /** Of those, persons living on no public support: salary, student aid or none at all. */
  readonly selfSupporting: number;
  /** selfSupporting / discharged: an unknown income counts as not self-supporting. */
  readonly share: number | null;
  /** selfSupporting / known: the share among recorded incomes, shown beside the above. */
  readonly shareOfKnown: number | null;
};

/** Income codes that are public support, from the versioned code list (not a copy). */
const publicSupport = new Set(
  incomeSources.entries.filter((e) => e.publicSupport === true).map((e) => e.code),
);

/**
 * "Självförsörjande efter projektet" (FiA's goal: 65 % of the participants self-supporting
 * after the project): a person is self-supporting when every income source recorded at
 * discharge is one without public support (salary, student aid, no public support). Wage-
 * subsidised salary is public support, so it does not count. A person with no income
 * recorded at discharge is unknown: counted in `share` as not self-supporting (the
 * conservative figure) and left out of `shareOfKnown`. Each person counts once, by their
 * last discharge in the period (the latest day, then the greatest enrollment id).
 */
export function selfSupportingAfter(
  rows: readonly EnrollmentRow[],
  period: Period,
): SelfSupporting {
  const persons = lastDischargePerPerson(rows, period);
  let known = 0;
  let selfSupporting = 0;
  for (const row of persons) {
    const verdict = selfSupportingAtDischarge(row);
    if (verdict === null) continue;
    known += 1;
    if (verdict) selfSupporting += 1;
  }
  return {
    discharged: persons.length,
    known,
    selfSupporting,
    share: ratio(selfSupporting, persons.length),
    shareOfKnown: ratio(selfSupporting, known),
  };
}

/**
 * One enrollment's verdict at discharge: true when every income source recorded after it
 * is without public support, false when one is public support, null when none is recorded.
 */
export function selfSupportingAtDischarge(row: EnrollmentRow): boolean | null {
  if (row.incomeAfter.length === 0) return null;
  return row.incomeAfter.every((code) => !publicSupport.has(code));
}
