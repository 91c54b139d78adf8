// Half-years as the gateway names them: "2025H1" (Jan–Jun) and "2025H2" (Jul–Dec).
export function halfYearOf(date: Date): string {
  return `${date.getFullYear()}H${date.getMonth() < 6 ? 1 : 2}`;
}

export function isHalfYear(value: string): boolean {
  return /^\d{4}H[12]$/.test(value);
}
