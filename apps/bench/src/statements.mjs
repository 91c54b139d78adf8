// SQL statements and round trips per request, counted inside an in-process gateway on the
// same data, and the cold report timings (they need its cache and counters).
import { openPersistence } from '@finsam-se/persistence';
import { startGateway } from '@finsam-se/gateway/app';
import { createLogger } from '@finsam-se/gateway/logger';
import { randomBytes } from 'node:crypto';
import { coldAgainstFloors } from './cold-reports.mjs';
import { BENCH_EMAIL } from './fixtures.mjs';

/**
 * Statements and round trips per request, and the cold reports against their floors, in
 * an in-process gateway (its counters and cache are reachable). `db` is a client on the
 * bench database for the floors.
 */
export async function countStatements({ dataset, fixtures, password, scenarios, db, config }) {
  const persistence = await openPersistence({
    env: { DATABASE_URL: dataset.url, PII_KEY: dataset.piiKey },
  });
  const gateway = await startGateway(
    persistence,
    {
      port: 0,
      host: '127.0.0.1',
      production: true,
      tokenSecret: randomBytes(32),
      tokenTtlSeconds: 600,
      adminDist: null,
      maxBodyBytes: 262144,
    },
    createLogger('silent'),
  );
  const url = `${gateway.url}/graphql`;
  const call = async (request, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(request),
    });
    return response.json();
  };
  try {
    const login = await call({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: BENCH_EMAIL, p: password },
    });
    const token = login.data.login.token;
    const counts = { roundTrips: {} };
    for (const [name, request] of Object.entries(scenarios)) {
      await call(request, token);
      const before = persistence.database.statementTotal();
      const tripsBefore = persistence.database.roundTripTotal();
      await call(request, token);
      counts[name] = persistence.database.statementTotal() - before;
      // Round trips include BEGIN and COMMIT where they are not pipelined with a statement.
      counts.roundTrips[name] = persistence.database.roundTripTotal() - tripsBefore;
    }
    // Reports cold (the cache emptied before each call), paired with their SQL floors.
    counts.cold = await coldAgainstFloors({
      reports: ['caseloadSeries', 'outcomeReport', 'transitionMatrix', 'reallocationPlan'],
      gatewayCall: async (name) => {
        gateway.deps.reportCache.invalidate(fixtures.associationId);
        const before = persistence.database.statementTotal();
        const tripsBefore = persistence.database.roundTripTotal();
        await call(scenarios[name], token);
        return {
          statements: persistence.database.statementTotal() - before,
          roundTrips: persistence.database.roundTripTotal() - tripsBefore,
        };
      },
      // What any request costs: sign-in check, a tenant transaction, one small count.
      requestCall: () => call({ query: '{ _allMunicipalitiesMeta { count } }' }, token),
      db,
      params: [fixtures.associationId, fixtures.projectId],
      config,
    });
    counts.listByPageSize = {};
    for (const perPage of [10, 25, 100]) {
      const request = { query: scenarios.list.query.replace('perPage: 25', `perPage: ${perPage}`) };
      const before = persistence.database.statementTotal();
      await call(request, token);
      counts.listByPageSize[perPage] = persistence.database.statementTotal() - before;
    }
    return counts;
  } finally {
    await gateway.close();
    await persistence.close();
  }
}
