// Half-years as the gateway names them: "2025H1" (Jan–Jun) and "2025H2" (Jul–Dec).
export function halfYearOf(date: Date): string {
  return `${date.getFullYear()}H${date.getMonth() < 6 ? 1 : 2}`;
}

export function isHalfYear(value: string): boolean {
  return /^\d{4}H[12]$/.test(value);
}

/**
 * The half-year that most recently ended on `date`: the one a chief is due to certify
 * ("intygar … varje halvår" — a half-year is certified once it has been run).
 */
export function lastEndedHalfYearOf(date: Date): string {
  const year = date.getFullYear();
  return date.getMonth() < 6 ? `${year - 1}H2` : `${year}H1`;
}
