import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

// A refusal over HTTP carries the catalogue's code, reason and message: Swedish unless the
// request's Accept-Language prefers English, with the English message beside it either way.

let h: Harness;
let coach: Client;

const CREATE = `mutation C($name: String!, $nr: String) {
  createEmployer(name: $name, organisationNumber: $nr) { id } }`;

type Refusal = { message: string; extensions?: Record<string, unknown> };

async function refusal(
  variables: Record<string, unknown>,
  acceptLanguage?: string,
  token: string | null = coach.token,
  query = CREATE,
): Promise<Refusal | undefined> {
  const response = await h.post(JSON.stringify({ query, variables }), {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
  });
  const body = JSON.parse(response.text) as { errors?: Refusal[]; data?: unknown };
  return body.errors?.[0];
}

beforeAll(async () => {
  h = await startHarness();
  coach = await h.as('coach');
});
afterAll(async () => h.close());

describe('the error catalogue over HTTP', () => {
  const tooLong = { name: 'x'.repeat(201) };

  it('refuses a gateway check in Swedish by default, its limits filled in', async () => {
    expect(await refusal(tooLong)).toMatchObject({
      message: 'Texten ska vara 1–200 tecken.',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'name',
        reason: 'TEXT.LENGTH',
        messageEn: 'The text must be 1–200 characters.',
      },
    });
    expect((await refusal(tooLong, 'sv-SE,sv;q=0.9,en;q=0.8'))?.message).toBe(
      'Texten ska vara 1–200 tecken.',
    );
  });

  it('answers in English when Accept-Language prefers it', async () => {
    expect(await refusal(tooLong, 'en')).toMatchObject({
      message: 'The text must be 1–200 characters.',
      extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'TEXT.LENGTH' },
    });
    expect((await refusal(tooLong, 'en-GB,en;q=0.9,sv;q=0.5'))?.message).toBe(
      'The text must be 1–200 characters.',
    );
  });

  it("converts a domain rule's refusal with the domain's code and words, in either language", async () => {
    const wrongCheckDigit = { name: 'Bageriet AB', nr: '556036-0794' };
    expect(await refusal(wrongCheckDigit)).toMatchObject({
      message: 'Organisationsnumrets kontrollsiffra stämmer inte.',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'organisationNumber',
        reason: 'ORGANISATION_NUMBER.CHECKSUM',
      },
    });
    expect((await refusal(wrongCheckDigit, 'en'))?.message).toBe(
      'The check digit of the organisation number is wrong.',
    );
  });

  it('words the general codes from the catalogue too (signed out)', async () => {
    expect(await refusal(tooLong, 'en', null)).toMatchObject({
      message: 'Sign in to continue.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await refusal(tooLong, undefined, null))?.message).toBe('Logga in för att fortsätta.');
  });

  it('refuses an id that is not a UUID with ID.FORMAT, never echoing it', async () => {
    const read = 'query E($id: UUID!) { Employer(id: $id) { id } }';
    for (const id of ['19680302-9971', 'nope']) {
      const error = await refusal({ id }, undefined, coach.token, read);
      expect(error).toMatchObject({
        message: 'Ogiltigt id.',
        extensions: { code: 'BAD_USER_INPUT', field: 'id', reason: 'ID.FORMAT' },
      });
      expect(JSON.stringify(error)).not.toContain(id);
    }
    expect((await refusal({ id: 'nope' }, 'en', coach.token, read))?.message).toBe('Invalid id.');
  });

  it('refuses a bad id inside an input by its place there, and one written in the query', async () => {
    const list = 'query L($filter: EmployerFilter) { allEmployers(filter: $filter) { id } }';
    const inFilter = await refusal(
      { filter: { ids: ['00000000-0000-4000-8000-000000000000', 'nope'] } },
      'en',
      coach.token,
      list,
    );
    expect(inFilter).toMatchObject({
      message: 'Invalid id.',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.ids.1', reason: 'ID.FORMAT' },
    });
    expect(JSON.stringify(inFilter)).not.toContain('nope');
    const literal = await refusal({}, undefined, coach.token, '{ Employer(id: "nope") { id } }');
    expect(literal).toMatchObject({
      message: 'Ogiltigt id.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'ID.FORMAT' },
    });
    expect(JSON.stringify(literal)).not.toContain('nope');
  });

  it('refuses a date that is not in the calendar with DATE.FORMAT, naming the variable', async () => {
    const read = `query D($on: LocalDate!) {
      dashboard(asOf: $on, projectId: "00000000-0000-4000-8000-000000000000") { __typename }
    }`;
    const error = await refusal({ on: '2026-02-30' }, undefined, coach.token, read);
    expect(error).toMatchObject({
      message: 'Datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern.',
      extensions: { code: 'BAD_USER_INPUT', field: 'on', reason: 'DATE.FORMAT' },
    });
    expect(JSON.stringify(error)).not.toContain('2026-02-30');
    expect((await refusal({ on: '2026-02-30' }, 'en', coach.token, read))?.message).toBe(
      'The date must be YYYY-MM-DD and exist in the calendar.',
    );
  });
});
