import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SortableList, sortable } from '../src/schema/list-args.js';
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

/** Every list the API has, with its sort whitelist. */
const lists: [string, SortableList][] = [
  ['allAttestations', 'Attestation'],
  ['allCoaches', 'Coach'],
  ['allEmployers', 'Employer'],
  ['allEnrollments', 'Enrollment'],
  ['allFollowUps', 'FollowUp'],
  ['allMunicipalities', 'Municipality'],
  ['allParticipants', 'Participant'],
  ['allPlacements', 'Placement'],
  ['allPosts', 'Post'],
  ['allProjects', 'Project'],
  ['allReallocations', 'Reallocation'],
  ['allReferrals', 'Referral'],
  ['allSeGroupMeetings', 'SeGroupMeeting'],
  ['allUsers', 'User'],
  ['auditLog', 'AuditEntry'],
];

describe("sort fields are checked against each list's whitelist", () => {
  it('covers every list of the schema', async () => {
    const schema = await manager.gql<{
      __type: { fields: { name: string; args: { name: string }[] }[] };
    }>('{ __type(name: "Query") { fields { name args { name } } } }');
    const withSort = schema.body.data?.__type.fields
      .filter((f) => !f.name.startsWith('_') && f.args.some((a) => a.name === 'sortField'))
      .map((f) => f.name)
      .sort();
    expect(withSort).toEqual(lists.map(([query]) => query).sort());
  });

  const hostile = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'nope'];
  it.each(lists)('%s refuses constructor, toString and other unknown fields', async (query) => {
    for (const sortField of hostile) {
      const response = await manager.gql(`query($s: String) { ${query}(sortField: $s) { id } }`, {
        s: sortField,
      });
      expect(response.status, sortField).toBeLessThan(500);
      expect(codesOf(response), sortField).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0]?.extensions?.field).toBe('sortField');
    }
  });

  it.each(lists)('%s sorts by every field of its whitelist, both ways', async (query, list) => {
    for (const sortField of sortable[list]) {
      for (const sortOrder of ['ASC', 'DESC']) {
        const response = await manager.gql(
          `query($s: String, $o: String) { ${query}(sortField: $s, sortOrder: $o) { id } }`,
          { s: sortField, o: sortOrder },
        );
        expect(codesOf(response), `${sortField} ${sortOrder}`).toEqual([]);
      }
    }
  });
});

describe('control characters in any string argument', () => {
  const searchable: [string, string][] = [
    ['allCoaches', 'CoachFilter'],
    ['allEmployers', 'EmployerFilter'],
    ['allEnrollments', 'EnrollmentFilter'],
    ['allMunicipalities', 'MunicipalityFilter'],
    ['allParticipants', 'ParticipantFilter'],
    ['allProjects', 'ProjectFilter'],
    ['allReferrals', 'ReferralFilter'],
    ['allSeGroupMeetings', 'SeGroupMeetingFilter'],
    ['allUsers', 'UserFilter'],
  ];
  it.each(searchable)('%s refuses a NUL byte in filter.q', async (query, filterType) => {
    const response = await manager.gql(
      `query($f: ${filterType}) { ${query}(filter: $f) { id } _${query}Meta(filter: $f) { count } }`,
      { f: { q: 'Anna\u0000' } },
    );
    expect(response.status, response.text).toBe(400);
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      field: 'f.q',
      reason: 'TEXT.CHARACTERS',
    });
  });

  it('refuses them in a literal too, naming the argument', async () => {
    const response = await manager.gql('{ allCoaches(filter: { q: "a\\u0000b" }) { id } }');
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.extensions?.field).toBe('filter.q');
  });

  it('refuses them in a log-in before anything is looked up', async () => {
    const response = await h.anonymous.gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: 'chef@example.se\u0007', p: 'x' },
    );
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps tabs and newlines, which notes may have', async () => {
    const response = await manager.gql('query($f: CoachFilter) { allCoaches(filter: $f) { id } }', {
      f: { q: 'a\tb\nc' },
    });
    expect(codesOf(response)).toEqual([]);
  });
});
