// The gateway gives at most 500 rows a request; react-admin's Export asks for 1,000 at once.
import type { DataProvider, GetListParams, GetListResult, RaRecord } from 'react-admin';

/** The gateway's limit (MAX_PER_PAGE in apps/gateway/src/schema/list-args.ts). */
export const MAX_PER_PAGE = 500;

type GetList = DataProvider['getList'];

/** The largest page size ≤ max that divides perPage: the big page is whole small pages. */
function chunkOf(perPage: number, max: number): number {
  for (let size = Math.min(perPage, max); size > 1; size -= 1) {
    if (perPage % size === 0) return size;
  }
  return 1;
}

/**
 * getList for pages larger than the gateway allows: fetched as consecutive pages of at most
 * MAX_PER_PAGE, one after the other, stopping at the first short page. Smaller pages pass
 * through untouched.
 */
export function pagedGetList(getList: GetList, max = MAX_PER_PAGE): GetList {
  return async <R extends RaRecord = RaRecord>(
    resource: string,
    params: GetListParams,
  ): Promise<GetListResult<R>> => {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    if (perPage <= max) return getList<R>(resource, params);
    const size = chunkOf(perPage, max);
    const firstChunk = ((page - 1) * perPage) / size + 1;
    const data: R[] = [];
    let total: number | undefined;
    for (let chunk = firstChunk; chunk < firstChunk + perPage / size; chunk += 1) {
      const pagination = { page: chunk, perPage: size };
      const result = await getList<R>(resource, { ...params, pagination });
      data.push(...result.data);
      total = result.total;
      if (result.data.length < size) break;
    }
    return total === undefined ? { data } : { data, total };
  };
}
