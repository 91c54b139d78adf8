// 50 simultaneous decideReallocation calls on one allocation version: exactly one may win.
import { gql } from './processes.mjs';

export async function concurrentDecisions({ gatewayUrl, token, fixtures, planRequest, log }) {
  const plan = await gql(gatewayUrl, token, planRequest);
  const allocation = await gql(gatewayUrl, token, {
    query:
      'query($p: UUID!, $on: LocalDate!) { allocation(projectId: $p, asOf: $on) { version rows { municipalityId fte } } }',
    variables: { p: fixtures.projectId, on: fixtures.decideOn },
  });
  const lines = plan.data.reallocationPlan.lines.map((l) => ({
    municipalityId: l.municipalityId,
    fte: l.suggestedFte,
  }));
  const started = performance.now();
  const attempts = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      gql(gatewayUrl, token, {
        query: 'mutation($i: DecideReallocationInput!) { decideReallocation(input: $i) { id } }',
        variables: {
          i: {
            projectId: fixtures.projectId,
            effectiveFrom: fixtures.decideOn,
            reason: `Benchmark ${i}`,
            lines,
            expectedVersion: allocation.data.allocation.version,
            idempotencyKey: `bench-${Date.now()}-${i}`,
          },
        },
      }),
    ),
  );
  const ms = performance.now() - started;
  const won = attempts.filter((a) => a.data?.decideReallocation).length;
  const conflicts = attempts.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT').length;
  log(`decideReallocation ×50 on ${fixtures.decideOn}: ${won} won, ${conflicts} got CONFLICT.`);
  const ok = won === 1 && conflicts === 49;
  if (!ok)
    log(
      `FAILED: 50 concurrent decisions gave ${won} winners and ${conflicts} conflicts (expected 1 and 49).`,
    );
  return { ok, won, conflicts, errors: 50 - won - conflicts, allMs: Math.round(ms) };
}
