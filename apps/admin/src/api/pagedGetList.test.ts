import { describe, expect, it } from 'vitest';
import type { GetListParams, GetListResult, RaRecord } from 'react-admin';
import { pagedGetList } from './pagedGetList';

/** A gateway of `rows` records that refuses pages over 500, as the real one does. */
function fakeGateway(rows: number) {
  const asked: { page: number; perPage: number }[] = [];
  const all = Array.from({ length: rows }, (_, i) => ({ id: `r${i}` }));
  const getList = async <R extends RaRecord>(
    _resource: string,
    params: GetListParams,
  ): Promise<GetListResult<R>> => {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    asked.push({ page, perPage });
    if (perPage > 500) throw new Error('perPage måste vara 1–500.');
    const data = all.slice((page - 1) * perPage, page * perPage);
    // The records are plain { id } objects; the provider's type is generic over them.
    return { data: data as unknown as R[], total: rows };
  };
  return { getList, asked };
}

const params = (page: number, perPage: number): GetListParams => ({
  pagination: { page, perPage },
  sort: { field: 'id', order: 'ASC' },
  filter: {},
});

describe('pagedGetList', () => {
  it('fetches the Export page of 1,000 as two pages of 500', async () => {
    const gateway = fakeGateway(1200);
    const result = await pagedGetList(gateway.getList)('Participant', params(1, 1000));
    expect(result.data).toHaveLength(1000);
    expect(result.data[999]).toEqual({ id: 'r999' });
    expect(result.total).toBe(1200);
    expect(gateway.asked).toEqual([
      { page: 1, perPage: 500 },
      { page: 2, perPage: 500 },
    ]);
  });

  it('stops at the first short page', async () => {
    const gateway = fakeGateway(30);
    const result = await pagedGetList(gateway.getList)('Participant', params(1, 1000));
    expect(result.data).toHaveLength(30);
    expect(gateway.asked).toHaveLength(1);
  });

  it('finds the right rows for a later page and a size that is not a multiple of 500', async () => {
    const gateway = fakeGateway(3000);
    const result = await pagedGetList(gateway.getList)('Participant', params(2, 700));
    expect(result.data.map((r) => r.id)).toEqual(
      Array.from({ length: 700 }, (_, i) => `r${700 + i}`),
    );
    expect(gateway.asked.every((a) => a.perPage <= 500)).toBe(true);
  });

  it('passes ordinary pages through as one request', async () => {
    const gateway = fakeGateway(100);
    await pagedGetList(gateway.getList)('Participant', params(3, 25));
    expect(gateway.asked).toEqual([{ page: 3, perPage: 25 }]);
  });
});
