import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TrustedProxies } from '../auth/client-address.js';
import type { AppDeps } from '../context.js';
import { contextOf, methodIs, notFound, refusingExpected } from '../http/http-refusal.js';
import { boardReportTitle } from './board-report-period.js';
import { boardReportService } from './board-report.service.js';

/**
 * `GET /board-report/<id>.pdf` with the session's bearer header: the stored PDF byte for
 * byte (its SHA-256 in the ETag), never printed again. Refusals are JSON with a code.
 */
export async function handleBoardReportDownload(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: AppDeps,
  requestId: string,
  proxies: TrustedProxies,
): Promise<void> {
  if (!methodIs(req, res, 'GET')) return;
  const id = /^\/board-report\/([0-9a-fA-F-]{36})\.pdf$/.exec(url.pathname)?.[1];
  if (id === undefined) return notFound(req, res);
  await refusingExpected(req, res, async () => {
    const ctx = await contextOf(req, deps, requestId, proxies);
    const { record, pdf } = await boardReportService.pdf(ctx, id);
    const name = `${boardReportTitle(record.year, record.period)} ${record.projectName}.pdf`;
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': String(pdf.byteLength),
      'content-disposition': `attachment; filename="board-report-${record.year}-${record.period}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      etag: `"${record.sha256}"`,
      'cache-control': 'no-store',
    });
    res.end(pdf);
  });
}
