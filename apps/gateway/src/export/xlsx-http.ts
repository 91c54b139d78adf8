import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalDate } from '@finsam-se/domain';
import type { TrustedProxies } from '../auth/client-address.js';
import type { AppDeps } from '../context.js';
import { AppError } from '../errors/error-codes.js';
import { refuse as refusal } from '../errors/refuse.js';
import { contextOf, methodIs, notFound, sendRefusal } from '../http/http-refusal.js';
import { GenderEnum } from '../schema/enums.js';
import { type ReportName, reportService } from '../report/report.service.js';
import type { ReportFilterInput } from '../report/report.type.js';
import { reportDefinition, reportSheet } from './xlsx-report.js';
import { writeXlsx } from './xlsx-workbook.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The reports that can be downloaded, by the name in the path (`/export/report/outcome.xlsx`). */
const reportNames: readonly ReportName[] = [
  'outcome',
  'transitionMatrix',
  'phaseFunnel',
  'referralStats',
  'afterSupport',
  'cost',
  'fidelity',
  'selfSupporting',
  'survey',
  'assessmentChange',
];

/** The report filter from the query string: the same fields as GraphQL's ReportFilterInput. */
function filterOf(params: URLSearchParams): ReportFilterInput {
  const text = (name: string): string | undefined => params.get(name) ?? undefined;
  // The GraphQL enum's names (FEMALE, MALE, OTHER), as in the GraphQL filter.
  const genderName = text('gender');
  const gender = Object.entries(GenderEnum).find(([name]) => name === genderName)?.[1];
  if (genderName !== undefined && gender === undefined)
    throw refusal('REPORT.GENDER', {
      field: 'filter.gender',
      params: { allowed: Object.keys(GenderEnum).join(', ') },
    });
  const filter: Record<string, string | undefined> = {
    from: text('from') ?? '',
    to: text('to') ?? '',
    projectId: text('projectId'),
    associationId: text('associationId'),
    municipalityId: text('municipalityId'),
    gender,
    ageBand: text('ageBand'),
    groupBy: text('groupBy'),
  };
  return filter as unknown as ReportFilterInput;
}

/**
 * `GET /export/report/<name>.xlsx?from=…&to=…[&projectId&municipalityId&gender&ageBand&groupBy]`
 * with the session's bearer header (the panel downloads through fetch, so no token ever
 * travels in a URL). The report runs through the same `reportService.run` as GraphQL: the
 * same policy, scope, validation and, for other förbund, the same audited suppression;
 * expected failures are JSON `{ error: { code, message, field?, reason? } }` before any
 * byte of the file is sent.
 */
export async function handleXlsxExport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: AppDeps,
  requestId: string,
  proxies: TrustedProxies,
): Promise<void> {
  if (!methodIs(req, res, 'GET')) return;
  const match = /^\/export\/report\/([A-Za-z]+)\.xlsx$/.exec(url.pathname);
  const name = reportNames.find((candidate) => candidate === match?.[1]);
  if (name === undefined) return notFound(req, res);
  let published;
  let filter: ReportFilterInput;
  try {
    filter = filterOf(url.searchParams);
    const ctx = await contextOf(req, deps, requestId, proxies);
    published = await reportService.run(ctx, name, filter);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return sendRefusal(req, res, error);
  }
  const period = {
    from: filter.from,
    toInclusive: LocalDate.addDays(filter.to as LocalDate, -1),
  };
  res.writeHead(200, {
    'content-type': XLSX_TYPE,
    'content-disposition': `attachment; filename="${name}-${filter.from}-${period.toInclusive}.xlsx"`,
    'cache-control': 'no-store',
  });
  await writeXlsx(
    res,
    reportSheet(published.table),
    reportDefinition(published.table, published.notes, period),
  );
  res.end();
}
