import type { LocalDate, Period } from '@finsam-se/domain';

type Span = { readonly enrolledOn: LocalDate; readonly dischargedOn: LocalDate | null };

/**
 * Active on at least one day of the half-open period: enrolled before the period ends and
 * not discharged on or before its first day (the discharge day itself is not active).
 */
export function isActiveDuring(span: Span, period: Period): boolean {
  return (
    span.enrolledOn < period.end && (span.dischargedOn === null || span.dischargedOn > period.start)
  );
}
