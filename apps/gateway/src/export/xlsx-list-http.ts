import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { TrustedProxies } from '../auth/client-address.js';
import type { AppDeps, RequestContext } from '../context.js';
import { MAX_PER_PAGE } from '../schema/list-args.js';
import { XLSX_TYPE, contextOf, refuse, statusOf } from './xlsx-http.js';
import { type XlsxCell, textCell } from './xlsx-cells.js';
import { type ListExport, listCell, listExportOf } from './xlsx-lists.js';
import { writeXlsx } from './xlsx-workbook.js';

type Page =
  { readonly records: readonly Record<string, unknown>[] } | { readonly error: ListError };
type ListError = { readonly code: string; readonly message: string };

/** One page of the list through GraphQL, as the panel asks for it, in a stable order (id, or the list's one sort). */
async function pageOf(
  apollo: ApolloServer<RequestContext>,
  ctx: RequestContext,
  list: ListExport,
  page: number,
  filter: unknown,
): Promise<Page> {
  const fields = list.columns.map((column) => column.field).join(' ');
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
    const code = String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    return { error: { code, message: first.message } };
  }
  return { records: (data?.rows ?? []) as Record<string, unknown>[] };
}

function cellsOf(list: ListExport, record: Record<string, unknown>): XlsxCell[] {
  return list.columns.map((column) => listCell(column, record[column.field]));
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
  if (req.method !== 'GET') {
    res.setHeader('allow', 'GET');
    return refuse(res, 405, { code: 'BAD_REQUEST', message: 'Use GET.' });
  }
  const match = /^\/export\/list\/([A-Za-z]+)\.xlsx$/.exec(url.pathname);
  const list = match?.[1] === undefined ? undefined : listExportOf(match[1]);
  if (list === undefined)
    return refuse(res, 404, { code: 'NOT_FOUND', message: 'Exporten finns inte.' });
  let filter: unknown = null;
  const filterText = url.searchParams.get('filter');
  if (filterText !== null) {
    try {
      filter = JSON.parse(filterText);
    } catch {
      return refuse(res, 400, { code: 'BAD_USER_INPUT', message: 'filter ska vara JSON.' });
    }
  }
  const ctx = await contextOf(req, deps, requestId, proxies);
  const next = (page: number) => pageOf(apollo, ctx, list, page, filter);
  const first = await next(0);
  if ('error' in first)
    return refuse(
      res,
      first.error.code === 'INTERNAL_SERVER_ERROR'
        ? 500
        : (statusOf[first.error.code as keyof typeof statusOf] ?? 400),
      first.error,
    );
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
