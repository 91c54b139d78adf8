import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, codesOf, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
let manager: Client;
let counts: Record<string, number>;

const TABLES = [
  'participants',
  'referrals',
  'enrollments',
  'reallocations',
  'posts',
  'users',
  'se_group_meetings',
  'employers',
];
const rowCounts = async () => {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await h.db.database.withOwner((tx) =>
      tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`),
    );
    result[table] = row?.n ?? -1;
  }
  return result;
};

beforeAll(async () => {
  h = await startHarness();
  manager = await h.as('manager');
  counts = await rowCounts();
});
afterAll(async () => h.close());

/** Nothing in an error response may look like a stack trace, SQL or a personal identity number. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+/);
  expect(text).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET)\b/i);
  expect(text).not.toMatch(/violates|constraint|relation "|syntax error at/i);
  expect(text).not.toMatch(/\b(19|20)\d{6}-?\d{4}\b/);
}

describe('bad input corpus', () => {
  // allReferrals → decisions is two levels; the schema has no cycles, so depth is shown with
  // __typename padding inside fragments spread repeatedly.
  const deepQuery = `{ ${Array.from({ length: 12 }, () => 'allProjects {').join(' ')} id ${'}'.repeat(12)} }`;
  const cases: [string, () => Promise<{ status: number; text: string }>, RegExp][] = [
    [
      'malformed JSON',
      () => h.post('{"query": "{ me { name } }"'),
      /BAD_REQUEST|GRAPHQL_PARSE_FAILED/,
    ],
    ['an empty body', () => h.post(''), /BAD_REQUEST/],
    [
      'a batched request',
      () => h.post(JSON.stringify([{ query: '{ me { name } }' }, { query: '{ me { name } }' }])),
      /BAD_REQUEST/,
    ],
    [
      'an oversized body',
      () => h.post(JSON.stringify({ query: `{ me { name } } # ${'x'.repeat(300_000)}` })),
      /too large|BAD_REQUEST/,
    ],
    [
      'a syntax error',
      () => h.post(JSON.stringify({ query: '{ me { name ' })),
      /GRAPHQL_PARSE_FAILED/,
    ],
    [
      'too deep a query',
      () => h.post(JSON.stringify({ query: deepQuery })),
      /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/,
    ],
    [
      'too many aliases',
      () =>
        h.post(
          JSON.stringify({
            query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { name }`).join(' ')} }`,
          }),
        ),
      /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|aliases/i,
    ],
    [
      'cyclic fragments',
      () =>
        h.post(
          JSON.stringify({
            query: 'query { me { ...A } } fragment A on Me { ...B } fragment B on Me { ...A }',
          }),
        ),
      /GRAPHQL_VALIDATION_FAILED/,
    ],
    [
      'too many directives',
      () =>
        h.post(JSON.stringify({ query: `{ me { name ${'@include(if: true) '.repeat(30)} } }` })),
      /.*/,
    ],
    [
      'a GET mutation',
      async () => {
        const response = await fetch(
          `${h.gateway.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`,
        );
        return { status: response.status, text: await response.text() };
      },
      /.*/,
    ],
    [
      'a text/plain POST (CSRF)',
      () =>
        h.post(JSON.stringify({ query: 'mutation { logout }' }), { 'content-type': 'text/plain' }),
      /.*/,
    ],
  ];
  it.each(cases)('%s gets a stable error, no internals', async (_name, send, expected) => {
    const response = await send();
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(500);
    if (response.status !== 200) expect(response.text).toMatch(expected);
    expectClean(response.text);
  });

  const mutationCases: [string, string, Record<string, unknown>, string][] = [
    [
      'an invalid personnummer',
      'mutation($p: String!, $m: UUID!) { createParticipant(personnummer: $p, firstName: "A", lastName: "B", homeMunicipalityId: $m) { id } }',
      { p: '811218-9875', m: '00000000-0000-4000-8000-000000000000' },
      'BAD_USER_INPUT',
    ],
    [
      'SQL in a name',
      'mutation($m: UUID!) { createSeGroupMeeting(municipalityId: $m, heldOn: "2026-10-10", notes: "x\'); DROP TABLE participants; --") { id } }',
      { m: 'not-a-uuid' },
      'BAD_USER_INPUT',
    ],
    [
      'an impossible date',
      'query($p: UUID!) { allocation(projectId: $p, asOf: "2026-02-29") { version } }',
      { p: '00000000-0000-4000-8000-000000000000' },
      'BAD_USER_INPUT',
    ],
    [
      'FTE off the step',
      'query($p: UUID!) { reallocationPlan(projectId: $p, method: WEBSTER, step: 0.001, effectiveFrom: "2027-01-01") { totalFte } }',
      { p: '00000000-0000-4000-8000-000000000000' },
      'BAD_USER_INPUT',
    ],
    [
      'money as a float',
      'mutation($m: UUID!) { createCoach(name: "X", municipalityId: $m, fte: 0.5, employedFrom: "2026-01-01", monthlySalary: 1.5e300) { id } }',
      { m: '00000000-0000-4000-8000-000000000000' },
      'BAD_USER_INPUT',
    ],
    [
      'a wrong type in a variable',
      'query($n: Int) { allParticipants(perPage: $n) { id } }',
      { n: 'many' },
      'BAD_USER_INPUT',
    ],
    [
      'a wrong type in a literal',
      'query { allParticipants(perPage: "many") { id } }',
      {},
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a huge page', 'query { allParticipants(perPage: 100000) { id } }', {}, 'BAD_USER_INPUT'],
    [
      'control characters and a lone surrogate',
      'mutation($n: String!) { createEmployer(name: $n) { id } }',
      { n: 'A\u0000\ud800\u202eevil' },
      'BAD_USER_INPUT',
    ],
    [
      'an empty name of spaces',
      'mutation($n: String!) { createEmployer(name: $n) { id } }',
      { n: '   ' },
      'BAD_USER_INPUT',
    ],
  ];
  it.each(mutationCases)(
    '%s is refused with a stable code',
    async (_name, query, variables, code) => {
      const response = await manager.gql(query, variables);
      expect(codesOf(response)).toContain(code);
      expectClean(response.text);
    },
  );

  it('leaves the server healthy and no row changed', async () => {
    expect((await fetch(`${h.gateway.url}/healthz`)).status).toBe(200);
    expect(await rowCounts()).toEqual(counts);
    expect(codesOf(await manager.gql('{ me { role } }'))).toEqual([]);
  });
});

describe('production mode', () => {
  it('hides introspection and masks unknown errors', async () => {
    const production = await startHarness({ production: true });
    try {
      const introspection = await production.anonymous.gql('{ __schema { types { name } } }');
      expect(introspection.status).toBe(400);
      expect(new Set(codesOf(introspection))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      const suggestion = await production.anonymous.gql('{ allMunicipalitie { id } }');
      expect(suggestion.text).not.toMatch(/Did you mean/);
    } finally {
      await production.close();
    }
  });
});

describe('GraphQL over HTTP', () => {
  it('passes the graphql-http server audit without errors', async () => {
    const results = await auditServer({ url: `${h.gateway.url}/graphql` });
    const errors = results.filter((r) => r.status === 'error');
    expect(
      errors.map((e) => `${e.id} ${e.name}: ${'reason' in e ? String(e.reason) : ''}`),
    ).toEqual([]);
  });
});
