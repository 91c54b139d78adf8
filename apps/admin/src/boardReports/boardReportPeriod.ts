// The board's reporting periods: a delårsrapport per tertial (T1 after 30 April, T2 after
// 31 August, both from 1 January) and the årsrapport for the whole year. Half-open, as the
// gateway's report filters: [from, to).
export const BOARD_REPORT_PERIODS = ['T1', 'T2', 'ANNUAL'] as const;
export type BoardReportPeriod = (typeof BOARD_REPORT_PERIODS)[number];

export function isBoardReportPeriod(value: string): value is BoardReportPeriod {
  return (BOARD_REPORT_PERIODS as readonly string[]).includes(value);
}

const END_MONTH: Record<BoardReportPeriod, number> = { T1: 5, T2: 9, ANNUAL: 13 };

/** The period a report covers, from 1 January of the year to the day after its last day. */
export function boardReportRange(
  year: number,
  period: BoardReportPeriod,
): { from: string; to: string } {
  const end = END_MONTH[period];
  const to = end === 13 ? `${year + 1}-01-01` : `${year}-${String(end).padStart(2, '0')}-01`;
  return { from: `${year}-01-01`, to };
}

/** The document's name in Swedish: "Delårsrapport T2 2026", "Årsrapport 2026". */
export function boardReportTitle(year: number, period: BoardReportPeriod): string {
  return period === 'ANNUAL' ? `Årsrapport ${year}` : `Delårsrapport ${period} ${year}`;
}

/** The print route's path for a project, year and period (hash route). */
export function boardReportPrintPath(
  projectId: string,
  year: number,
  period: BoardReportPeriod,
): string {
  return `/board-report/${projectId}/${year}/${period}/print`;
}

/** The print page's route (outside the layout; the gateway opens it signed in). */
export const BOARD_REPORT_PRINT_ROUTE = '/board-report/:projectId/:year/:period/print';
