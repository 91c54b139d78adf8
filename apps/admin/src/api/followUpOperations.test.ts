import { describe, expect, it } from 'vitest';
import { createGraphQLCall } from './graphqlFetch';
import * as docs from './followUpOperations';
import { fakeFetch } from '../testing/fakes';

describe('follow-up operations', () => {
  it('reads one audit log page with its total in a single request', async () => {
    const { fetch, requests } = fakeFetch(() => ({
      json: { data: { auditLog: [{ id: 'a1' }], _auditLogMeta: { count: 51 } } },
    }));
    const ops = docs.buildFollowUpOperations(createGraphQLCall({ fetch, token: () => 't' }));
    await expect(ops.auditLog({ page: 2, perPage: 25, entityId: 'p1' })).resolves.toEqual({
      entries: [{ id: 'a1' }],
      total: 51,
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body.variables).toEqual({ page: 2, perPage: 25, entityId: 'p1' });
  });
});
