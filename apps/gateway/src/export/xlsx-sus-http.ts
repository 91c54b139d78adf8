import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TrustedProxies } from '../auth/client-address.js';
import type { AppDeps } from '../context.js';
import type { SusRegistrationRow } from '@finsam-se/reporting';
import { susExportFields } from '@finsam-se/reporting';
import { personalDataService } from '../personal-data/personal-data.service.js';
import { contextOf, methodIs, refusingExpected } from '../http/http-refusal.js';
import { XLSX_TYPE } from './xlsx-http.js';
import { type XlsxCell, textCell } from './xlsx-cells.js';
import { susCells, susHeader } from './xlsx-sus.js';
import { writeXlsx } from './xlsx-workbook.js';

/** The first page (already read, so a refusal came before any byte) and then the rest. */
async function* cellsOf(
  first: readonly SusRegistrationRow[],
  rest: AsyncIterator<readonly SusRegistrationRow[]>,
): AsyncGenerator<XlsxCell[]> {
  for (const row of first) yield susCells(susExportFields(row));
  for (let next = await rest.next(); next.done !== true; next = await rest.next())
    for (const row of next.value) yield susCells(susExportFields(row));
}

/**
 * `GET /export/sus.xlsx?from=YYYY-MM-DD&to=YYYY-MM-DD` with the bearer header: the SUS
 * registrations of [from, to) as a workbook, from the same pages as GraphQL's `susExport`
 * (its policy, consent rule and export audit), streamed page by page into the workbook.
 * Refusals are JSON with the service's code before any byte of the file.
 */
export async function handleSusExport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: AppDeps,
  requestId: string,
  proxies: TrustedProxies,
): Promise<void> {
  if (!methodIs(req, res, 'GET')) return;
  const from = url.searchParams.get('from') ?? '';
  const to = url.searchParams.get('to') ?? '';
  let pages: AsyncGenerator<readonly SusRegistrationRow[]> | undefined;
  let first: readonly SusRegistrationRow[] = [];
  await refusingExpected(req, res, async () => {
    const ctx = await contextOf(req, deps, requestId, proxies);
    pages = personalDataService.susExportPages(ctx, from, to);
    const answer = await pages.next();
    if (answer.done !== true) first = answer.value;
  });
  if (res.headersSent || !pages) return;
  res.writeHead(200, {
    'content-type': XLSX_TYPE,
    'content-disposition': `attachment; filename="sus-${from}-${to}.xlsx"`,
    'cache-control': 'no-store',
  });
  await writeXlsx(res, { name: 'SUS', header: susHeader, rows: cellsOf(first, pages) }, [
    ['Export', textCell('SUS: registreringar in och ut')],
    ['Period', textCell(`${from} – ${to} (till-datumet ingår inte)`)],
    [
      'Urval',
      textCell(
        'Personer med gällande samtycke till SUS-registrering på exportdagen; anonyma registreringar har bara kön och budgetår.',
      ),
    ],
    ['Koder', textCell('Flera koder i ett fält skiljs med |; 1 = ja, 0 = nej.')],
    ['Röjandeskydd', textCell('Ingen: uppgifter per registrering till SUS; exporten loggas.')],
  ]);
  res.end();
}
