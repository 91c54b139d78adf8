import { describe, expect, it } from 'vitest';
import {
  GraphQLRequestError,
  errorFromResponse,
  fieldErrors,
  isAuthError,
  normaliseCode,
  panelLocale,
  userMessage,
} from './errors';
import { convertProviderError } from './providerErrors';

describe('error mapping', () => {
  it('maps codes to the HTTP status react-admin expects', () => {
    expect(
      errorFromResponse(200, [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }])?.status,
    ).toBe(401);
    expect(
      errorFromResponse(200, [{ message: 'x', extensions: { code: 'CONFLICT' } }])?.status,
    ).toBe(409);
    expect(
      errorFromResponse(200, [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }])?.status,
    ).toBe(400);
  });

  it('treats unknown codes as server errors and a clean response as no error', () => {
    expect(normaliseCode('WEIRD')).toBe('INTERNAL_SERVER_ERROR');
    expect(errorFromResponse(200, undefined)).toBeUndefined();
    expect(errorFromResponse(401, undefined)?.code).toBe('UNAUTHENTICATED');
    expect(errorFromResponse(502, [])?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('collects field errors for the form, first message per field', () => {
    expect(
      fieldErrors([
        { message: 'För kort', extensions: { code: 'BAD_USER_INPUT', field: 'reason' } },
        {
          message: 'Utanför intervallet',
          extensions: { code: 'BAD_USER_INPUT', field: 'lines.2.fte' },
        },
        { message: 'Andra', extensions: { code: 'BAD_USER_INPUT', field: 'reason' } },
        { message: 'Utan fält', extensions: { code: 'BAD_USER_INPUT' } },
      ]),
    ).toEqual({ reason: 'För kort', 'lines.2.fte': 'Utanför intervallet' });
  });

  it('exposes body.errors and the current version', () => {
    const error = errorFromResponse(200, [
      { message: 'Stale', extensions: { code: 'CONFLICT', currentVersion: 7 } },
    ]);
    expect(error?.currentVersion).toBe(7);
    expect(error?.body).toBeUndefined();
    const invalid = errorFromResponse(200, [
      { message: 'Krävs', extensions: { code: 'BAD_USER_INPUT', field: 'firstName' } },
    ]);
    expect(invalid?.body).toEqual({
      errors: { firstName: 'Krävs', root: { serverError: 'Krävs' } },
    });
  });

  it('recognises authentication failures in many shapes', () => {
    expect(isAuthError(new GraphQLRequestError('x', 'UNAUTHENTICATED', 401))).toBe(true);
    expect(isAuthError({ status: 401 })).toBe(true);
    expect(
      isAuthError({
        body: { graphQLErrors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] },
      }),
    ).toBe(true);
    expect(isAuthError({ status: 403 })).toBe(false);
    expect(isAuthError('boom')).toBe(false);
  });

  it('converts what ra-data-graphql throws into a typed error with field errors', () => {
    const raError = {
      status: 200,
      message: 'Krävs',
      body: {
        graphQLErrors: [
          { message: 'Krävs', extensions: { code: 'BAD_USER_INPUT', field: 'name' } },
        ],
      },
    };
    const converted = convertProviderError(raError);
    expect(converted).toBeInstanceOf(GraphQLRequestError);
    expect((converted as GraphQLRequestError).body).toEqual({
      errors: { name: 'Krävs', root: { serverError: 'Krävs' } },
    });
    const network = convertProviderError({ status: 401, message: 'Unauthorized', body: undefined });
    expect((network as GraphQLRequestError).code).toBe('UNAUTHENTICATED');
  });

  it('shows generic codes in the panel language and specific messages as the gateway wrote them', () => {
    expect(userMessage('FORBIDDEN', 'Din roll får inte göra det här.')).toBe('app.error.FORBIDDEN');
    expect(userMessage('SERVICE_UNAVAILABLE', 'x')).toBe('app.error.SERVICE_UNAVAILABLE');
    expect(userMessage('BAD_USER_INPUT', 'Datumet ligger i framtiden.')).toBe(
      'Datumet ligger i framtiden.',
    );
    expect(userMessage('NOT_FOUND', '')).toBe('app.error.NOT_FOUND');
    // A code the panel does not know keeps the gateway's message.
    const unknown = errorFromResponse(400, [
      { message: 'Fältet finns inte.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
    expect(unknown?.message).toBe('Fältet finns inte.');
  });

  it('never says "HTTP 400": a bare failed status becomes a translated message', () => {
    expect(errorFromResponse(400, undefined)?.message).toBe('app.error.INTERNAL_SERVER_ERROR');
    expect(errorFromResponse(503, undefined)?.code).toBe('SERVICE_UNAVAILABLE');
    expect(errorFromResponse(403, undefined)?.message).toBe('app.error.FORBIDDEN');
  });

  it("uses the gateway's English message when the panel is in English", () => {
    const sv = 'Datumet ligger i framtiden. Ange dagens datum eller ett tidigare.';
    const en = 'The date is in the future. Give today’s date or an earlier one.';
    expect(userMessage('BAD_USER_INPUT', sv, en, 'en')).toBe(en);
    expect(userMessage('BAD_USER_INPUT', sv, en, 'sv')).toBe(sv);
    expect(userMessage('BAD_USER_INPUT', sv, undefined, 'en')).toBe(sv);
    expect(panelLocale({ getItem: () => '"en"' })).toBe('en');
    expect(panelLocale({ getItem: () => null })).toBe('sv');
  });
});
