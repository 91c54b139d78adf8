import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { TrustedProxies } from '../auth/client-address.js';
import type { AppDeps, RequestContext } from '../context.js';
import { MAX_PER_PAGE } from '../schema/list-args.js';
import { AppError, errorCodes } from '../errors/error-codes.js';
import { refuse } from '../errors/refuse.js';
import { contextOf, methodIs, notFound, sendRefusal } from '../http/http-refusal.js';
import { XLSX_TYPE } from './xlsx-http.js';
import { type XlsxCell, textCell } from './xlsx-cells.js';
import { type ListExport, listCell, listExportOf } from './xlsx-lists.js';
import { writeXlsx } from './xlsx-workbook.js';

type Page = { readonly records: readonly Record<string, unknown>[] } | { readonly error: AppError };

/** One page of the list through GraphQL, as the panel asks for it, in a stable order (id, or the list's one sort). */
async function pageOf(
  apollo: ApolloServer<RequestContext>,
  ctx: RequestContext,
  list: ListExport,
  page: number,
  filter: unknown,
): Promise<Page> {
  const fields = list.columns
    .map((column) => (column.of ? `${column.field} ${column.of.selection}` : column.field))
    .join(' ');
  const result = await apollo.executeOperation(
    {
      query: `query Export($page: Int, $perPage: Int, $filter: ${list.filterType}) {
        rows: ${list.query}(page: $page, perPage: $perPage, sortField: "${list.sortField ?? 'id'}", sortOrder: "ASC", filter: $filter) { ${fields} }
      }`,
      variables: { page, perPage: MAX_PER_PAGE, filter },
    },
    { contextValue: ctx },
  );
  if (result.body.kind !== 'single') throw new Error('unexpected incremental result');
  const { data, errors } = result.body.singleResult;
  const first = errors?.[0];
  if (first) {
    // The list's own refusal, as formatted for GraphQL: its class, reason and both languages.
    const code = errorCodes.find((known) => known === first.extensions?.code);
    const { field, reason, messageEn } = first.extensions ?? {};
    return {
      error: new AppError(code ?? 'INTERNAL_SERVER_ERROR', first.message, {
        ...(typeof field === 'string' ? { field } : {}),
        ...(typeof reason === 'string' ? { reason } : {}),
        ...(typeof messageEn === 'string' ? { messageEn } : {}),
      }),
    };
  }
  return { records: (data?.rows ?? []) as Record<string, unknown>[] };
}

function cellsOf(list: ListExport, record: Record<string, unknown>): XlsxCell[] {
  return list.columns.map((column) =>
    listCell(column, column.of ? column.of.value(record[column.field]) : record[column.field]),
  );
}

/** Every row after the first page, page by page: thousands stream without one big read. */
async function* rowsFrom(
  first: readonly Record<string, unknown>[],
  next: (page: number) => Promise<Page>,
  list: ListExport,
): AsyncGenerator<XlsxCell[]> {
  let records = first;
  for (let page = 1; ; page += 1) {
    for (const record of records) yield cellsOf(list, record);
    if (records.length < MAX_PER_PAGE) return;
    const answer = await next(page);
    if ('error' in answer) throw new Error(`export page failed: ${answer.error.code}`);
    records = answer.records;
  }
}

/**
 * `GET /export/list/<Resource>.xlsx[?filter=<the list's filter as JSON>]` with the bearer
 * header: the whole list, in pages of the list's maximum through its GraphQL query (each
 * page audited as a read, like the panel's), streamed into the workbook. A failure on the
 * first page is a JSON error with its code; a later one cuts the download short.
 */
export async function handleListExport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: AppDeps,
  requestId: string,
  proxies: TrustedProxies,
  apollo: ApolloServer<RequestContext>,
): Promise<void> {
  if (!methodIs(req, res, 'GET')) return;
  const match = /^\/export\/list\/([A-Za-z]+)\.xlsx$/.exec(url.pathname);
  const list = match?.[1] === undefined ? undefined : listExportOf(match[1]);
  if (list === undefined) return notFound(req, res);
  let filter: unknown = null;
  const filterText = url.searchParams.get('filter');
  if (filterText !== null) {
    try {
      filter = JSON.parse(filterText);
    } catch {
      return sendRefusal(req, res, refuse('HTTP.FILTER_JSON', { field: 'filter' }));
    }
  }
  const ctx = await contextOf(req, deps, requestId, proxies);
  const next = (page: number) => pageOf(apollo, ctx, list, page, filter);
  const first = await next(0);
  if ('error' in first) return sendRefusal(req, res, first.error);
  res.writeHead(200, {
    'content-type': XLSX_TYPE,
    'content-disposition': `attachment; filename="${match?.[1] ?? 'lista'}.xlsx"`,
    'cache-control': 'no-store',
  });
  await writeXlsx(
    res,
    {
      name: list.title,
      header: list.columns.map((c) => c.header),
      rows: rowsFrom(first.records, next, list),
    },
    [
      ['Lista', { kind: 'text', value: list.title }],
      ['Filter', textCell(filterText ?? 'Inget')],
      [
        'Röjandeskydd',
        { kind: 'text', value: 'Ingen: en personlista inom din behörighet; varje läsning loggas.' },
      ],
    ],
  );
  res.end();
}
