import { describe, expect, it } from 'vitest';
import { createGraphQLCall } from './graphqlFetch';
import { buildNamedOperations } from './namedOperations';
import { GraphQLRequestError } from './errors';
import { fakeFetch } from '../testing/fakes';

describe('named operations', () => {
  it('sends decideReallocation as ONE mutation with the input object and the bearer token', async () => {
    const { fetch, requests } = fakeFetch(() => ({
      json: { data: { decideReallocation: { id: 'r1', lines: [] } } },
    }));
    const ops = buildNamedOperations(createGraphQLCall({ fetch, token: () => 'tok' }));
    const input = {
      projectId: 'p1',
      effectiveFrom: '2025-04-01',
      reason: 'Fler deltagare i Eksjö',
      method: 'WEBSTER' as const,
      lines: [{ municipalityId: 'm1', fte: 1 }],
      expectedVersion: 3,
      idempotencyKey: 'k-1',
    };
    await expect(ops.decideReallocation(input)).resolves.toMatchObject({ id: 'r1' });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('/graphql');
    expect(requests[0]?.headers.Authorization).toBe('Bearer tok');
    expect(requests[0]?.body.query).toMatch(/^\s*mutation DecideReallocation/);
    expect(requests[0]?.body.variables).toEqual({ input });
  });

  it('turns a CONFLICT into a typed error carrying the current version', async () => {
    const { fetch } = fakeFetch(() => ({
      json: {
        data: null,
        errors: [{ message: 'Stale', extensions: { code: 'CONFLICT', currentVersion: 4 } }],
      },
    }));
    const ops = buildNamedOperations(createGraphQLCall({ fetch, token: () => null }));
    const error = await ops
      .allocation({ projectId: 'p1', asOf: '2025-04-01' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe('CONFLICT');
    expect((error as GraphQLRequestError).currentVersion).toBe(4);
  });

  it('aliases a report query and passes the filter', async () => {
    const { fetch, requests } = fakeFetch(() => ({
      json: {
        data: { report: { title: 'T', columns: [], rows: [], notes: [], csv: '\ufeffa;b' } },
      },
    }));
    const ops = buildNamedOperations(createGraphQLCall({ fetch, token: () => 't' }));
    const table = await ops.report('phaseFunnel', { from: '2025-01-01', to: '2025-07-01' });
    expect(table.csv.startsWith('\ufeff')).toBe(true);
    expect(requests[0]?.body.query).toContain('report: phaseFunnel(filter: $filter)');
  });
});
