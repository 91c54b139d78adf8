import { afterEach, describe, expect, it } from 'vitest';
import { authHeaders, createGraphQLCall } from './graphqlFetch';

// The gateway words its errors in the language a request asks for: the panel asks for its
// own, whatever the browser's Accept-Language says.

afterEach(() => localStorage.removeItem('RaStore.locale'));

describe('the headers of a request to the gateway', () => {
  it("ask for the panel's language, Swedish unless English was chosen", () => {
    expect(authHeaders(null)).toEqual({ 'Accept-Language': 'sv' });
    localStorage.setItem('RaStore.locale', '"en"');
    expect(authHeaders('tok')).toEqual({ 'Accept-Language': 'en', Authorization: 'Bearer tok' });
  });

  it('are sent with every document', async () => {
    localStorage.setItem('RaStore.locale', '"en"');
    const sent: Record<string, string>[] = [];
    const call = createGraphQLCall({
      token: () => 'tok',
      fetch: async (_input, init) => {
        sent.push(init.headers as Record<string, string>);
        return new Response(JSON.stringify({ data: { ok: true } }));
      },
    });
    await call('{ ok }');
    expect(sent[0]).toMatchObject({ 'Accept-Language': 'en', Authorization: 'Bearer tok' });
  });
});
