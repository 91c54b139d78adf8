import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, codesOf, type Harness, startHarness } from './support/gateway-harness.js';

// Hostile input (issue 16, item 7 and the Info list): clean BAD_USER_INPUT instead of a 500,
// no submitted value echoed back, limits that count everything.

let h: Harness;
let manager: Client;

beforeAll(async () => {
  h = await startHarness();
  manager = await h.as('manager');
});
afterAll(async () => h.close());

const PERSONNUMMER = '19680302-9971';

describe('error messages never echo a submitted value', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    [
      'an enum variable',
      'query($f: ReportFilter!) { outcomeReport(filter: $f) { title } }',
      { f: { from: '2024-01-01', to: '2025-01-01', gender: PERSONNUMMER } },
    ],
    [
      'an enum literal',
      `{ outcomeReport(filter: { from: "2024-01-01", to: "2025-01-01", gender: "${PERSONNUMMER}" }) { title } }`,
      {},
    ],
    [
      'an Int variable',
      'query($n: Int) { allParticipants(perPage: $n) { id } }',
      { n: PERSONNUMMER },
    ],
    ['a long Int literal', '{ allParticipants(perPage: 196803029971) { id } }', {}],
    [
      'a String variable',
      'query($s: String) { allParticipants(sortField: $s) { id } }',
      { s: { n: PERSONNUMMER } },
    ],
    [
      'a date variable',
      'query($f: ReportFilter!) { outcomeReport(filter: $f) { title } }',
      { f: { from: PERSONNUMMER, to: '2025-01-01' } },
    ],
  ];
  it.each(cases)('%s', async (_name, query, variables) => {
    const response = await manager.gql(query, variables);
    expect(response.body.errors?.length).toBeGreaterThan(0);
    expect(response.status).toBeLessThan(500);
    expect(response.text).not.toContain('19680302');
    expect(response.text).not.toContain('9971');
    expect(response.text).not.toContain('196803029971');
  });
});

describe('GraphQL limits (graphql-cop)', () => {
  it('counts aliases of __typename like any other alias', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ');
    const response = await h.anonymous.gql(`{ ${aliases} }`);
    expect(response.body.data ?? null).toBeNull();
    expect(response.status).toBe(400);
    expect(response.text).not.toContain('"a100"');
  });

  it('reports a repeated mistake once', async () => {
    const response = await h.anonymous.gql(`query cop { __typename ${'@aa'.repeat(10)} }`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveLength(1);
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('returns at most 20 errors and then says that there were more', async () => {
    const fields = Array.from({ length: 30 }, (_, i) => `nope${i}`).join(' ');
    const response = await manager.gql(`{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveLength(21);
    expect(response.body.errors?.[20]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
