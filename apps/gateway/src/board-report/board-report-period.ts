import type { BoardReportPeriod } from '@finsam-se/persistence';

/**
 * The board's periods: Delårsrapport T1 (January–April) and T2 (January–August), each
 * counted from 1 January as a samordningsförbund's delårsrapport is, and the Årsrapport for
 * the whole year. Half-open [from, to), as every report filter.
 */
export function boardReportRange(
  year: number,
  period: BoardReportPeriod,
): { from: string; to: string } {
  const to =
    period === 'ANNUAL' ? `${year + 1}-01-01` : period === 'T1' ? `${year}-05-01` : `${year}-09-01`;
  return { from: `${year}-01-01`, to };
}

/** The document's Swedish name: "Delårsrapport T2 2026", "Årsrapport 2026". */
export function boardReportTitle(year: number, period: BoardReportPeriod): string {
  return period === 'ANNUAL' ? `Årsrapport ${year}` : `Delårsrapport ${period} ${year}`;
}

/**
 * Whether the period has ended on `today` (YYYY-MM-DD): a board report is of a closed
 * period, so that the stored document's figures do not change after it was sent.
 */
export function boardReportPeriodEnded(
  year: number,
  period: BoardReportPeriod,
  today: string,
): boolean {
  return boardReportRange(year, period).to <= today;
}
