import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The flags the gateway's Chromium runs with (a container without a GPU or a large /dev/shm). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];

export type PrintRequest = {
  readonly executablePath: string;
  /** The panel's print page, absolute (the gateway's own address). */
  readonly url: string;
  /** What the panel keeps in localStorage after log-in: the session and the permissions. */
  readonly storage: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
};

export type PrintFailure = 'NO_BROWSER' | 'PRINT_FAILED';
export type PrintResult =
  | { readonly ok: true; readonly pdf: Buffer }
  | { readonly ok: false; readonly reason: PrintFailure; readonly detail: string };

// One print at a time per process: each is a whole Chromium, and the machine is small.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Prints the panel's page to an A4 PDF with the system Chromium through playwright-core.
 * The page signs in with the given storage (the producing user's session, so it shows what
 * that user may see) and says when it is ready with `data-board-report="ready"`. A missing
 * browser or a page that fails is a value, never a throw.
 */
export function printPdf(request: PrintRequest): Promise<PrintResult> {
  const next = queue.then(() => printNow(request));
  queue = next.catch(() => undefined);
  return next;
}

async function printNow(request: PrintRequest): Promise<PrintResult> {
  if (!existsSync(request.executablePath))
    return { ok: false, reason: 'NO_BROWSER', detail: request.executablePath };
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: request.executablePath,
      args: CHROMIUM_ARGS,
      timeout: request.timeoutMs,
    });
  } catch (error) {
    return { ok: false, reason: 'NO_BROWSER', detail: String(error).slice(0, 300) };
  }
  try {
    const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    await context.addInitScript((entries: Record<string, string>) => {
      for (const [key, value] of Object.entries(entries))
        (
          globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
        ).localStorage.setItem(key, value);
    }, request.storage);
    const page = await context.newPage();
    await page.goto(request.url, { timeout: request.timeoutMs });
    const marker = await page.waitForSelector(
      '[data-board-report="ready"], [data-board-report="error"]',
      { timeout: request.timeoutMs },
    );
    if ((await marker.getAttribute('data-board-report')) !== 'ready')
      return {
        ok: false,
        reason: 'PRINT_FAILED',
        detail: (await marker.innerText()).slice(0, 300),
      };
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center">Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>',
    });
    return { ok: true, pdf };
  } catch (error) {
    return { ok: false, reason: 'PRINT_FAILED', detail: String(error).slice(0, 300) };
  } finally {
    await browser.close().catch(() => undefined);
  }
}
