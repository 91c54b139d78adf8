import { type Period, Period as P, incomeSources } from '@finsam-se/domain';
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
 * last discharge in the period.
 */
export function selfSupportingAfter(
  rows: readonly EnrollmentRow[],
  period: Period,
): SelfSupporting {
  const last = new Map<string, EnrollmentRow>();
  for (const row of rows) {
    if (row.dischargedOn === null || !P.contains(period, row.dischargedOn)) continue;
    const seen = last.get(row.participantId);
    if (!seen || (seen.dischargedOn ?? '') < row.dischargedOn) last.set(row.participantId, row);
  }
  let known = 0;
  let selfSupporting = 0;
  for (const row of last.values()) {
    if (row.incomeAfter.length === 0) continue;
    known += 1;
    if (row.incomeAfter.every((code) => !publicSupport.has(code))) selfSupporting += 1;
  }
  return {
    discharged: last.size,
    known,
    selfSupporting,
    share: ratio(selfSupporting, last.size),
    shareOfKnown: ratio(selfSupporting, known),
  };
}
