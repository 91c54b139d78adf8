import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataProvider } from './dataProvider';
import { GraphQLRequestError } from './errors';
import { fakeFetch } from '../testing/fakes';

// What Apollo Server answers when the panel sends something the schema refuses.
const refused = {
  status: 400,
  json: {
    errors: [
      {
        message: 'Variable "$filter" got an invalid value; Field "participantId" is not defined.',
        extensions: { code: 'BAD_USER_INPUT', field: 'filter' },
      },
    ],
  },
};

// The provider imports Apollo, graphql-js and the schema on its first request (they stay off
// the login page); load them once here so that transforming them is not timed as a test.
beforeAll(async () => {
  await Promise.all([
    import('ra-data-graphql-simple'),
    import('./resourceLink'),
    import('./schema'),
  ]);
}, 60_000);

describe('resource errors reach the user with their own message', () => {
  it('reads the body of an HTTP 400: the gateway message and code, never "HTTP 400"', async () => {
    const { fetch, requests } = fakeFetch(() => refused);
    const provider = buildDataProvider({ fetch });
    const error = await provider
      .getList('Referral', {
        pagination: { page: 1, perPage: 10 },
        sort: { field: 'id', order: 'ASC' },
        filter: { participantId: 'p1' },
      })
      .catch((e: unknown) => e);
    expect(requests).toHaveLength(1);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    const typed = error as GraphQLRequestError;
    expect(typed.code).toBe('BAD_USER_INPUT');
    expect(typed.status).toBe(400);
    expect(typed.message).toBe(refused.json.errors[0]?.message);
    expect(typed.message).not.toMatch(/HTTP|status code/);
    expect(typed.body?.errors).toMatchObject({
      filter: refused.json.errors[0]?.message,
      root: { serverError: refused.json.errors[0]?.message },
    });
  });

  it('keeps a refusal of a write as the form errors and its message', async () => {
    const message = 'Välj hemkommun.';
    const { fetch } = fakeFetch(() => ({
      status: 400,
      json: {
        errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'homeMunicipalityId' } }],
      },
    }));
    const provider = buildDataProvider({ fetch });
    const error = (await provider
      .create('Participant', { data: { firstName: 'Ny', lastName: 'Person' } })
      .catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.message).toBe(message);
    expect(error.body?.errors).toMatchObject({ homeMunicipalityId: message });
  });
});
