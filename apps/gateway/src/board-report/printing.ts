/**
 * Where board reports are printed: the gateway's own address (the panel it serves) and the
 * Chromium to print with (CHROMIUM_PATH, default the system's /usr/bin/chromium). Set once
 * when the gateway listens (app.ts); unset, producing a report is refused with a code.
 */
export type BoardReportPrinting = {
  readonly baseUrl: string;
  readonly executablePath: string;
  readonly panelServed: boolean;
  readonly timeoutMs: number;
};

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

let printing: BoardReportPrinting | undefined;

export function configureBoardReportPrinting(
  host: string,
  port: number,
  panelServed: boolean,
  env: Readonly<Record<string, string | undefined>> = process.env,
): void {
  // Listening on every address: the print reaches the panel over loopback.
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  printing = {
    baseUrl: `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`,
    panelServed,
    executablePath: env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM,
    timeoutMs: 60_000,
  };
}

/** For tests: another Chromium (e.g. a path that does not exist). */
export function overrideBoardReportPrinting(change: Partial<BoardReportPrinting>): void {
  if (printing) printing = { ...printing, ...change };
}

export function boardReportPrinting(): BoardReportPrinting | undefined {
  return printing;
}
