// Test settings every workspace shares. Each workspace runs up to three kinds of test, each
// its own turbo task writing its own JSON report, which .ci/sum-test-results.mjs sums into
// the closing "N passed, N failed" line:
//   test      unit tests (`*.test.ts`, no database): sharedTestConfig
//   test:int  integration tests (`*.int.test.ts`, real PostgreSQL): sharedIntegrationConfig,
//             with the persistence global setup (vitest.int.config.ts)
//   test:e2e  browser tests (apps/admin): vitest.e2e.config.ts
// Where a workspace has both unit and integration tests (persistence, gateway), its
// vitest.config.ts still runs all of them, so `npx vitest run test/x.int.test.ts` works
// as before; its scripts name vitest.unit.config.ts and vitest.int.config.ts.
import { configDefaults } from 'vitest/config';

/**
 * Where a project's JSON report goes: `.vitest/results[-<tag>][-<kind>].json`. CI runs the
 * suites twice (server PostgreSQL, then embedded with TEST_RESULTS_TAG=embedded), so the
 * second run writes beside the first instead of over it.
 */
export function resultsFile(kind = '') {
  const tag = process.env.TEST_RESULTS_TAG;
  return `.vitest/results${tag ? `-${tag}` : ''}${kind ? `-${kind}` : ''}.json`;
}

const INTEGRATION = '**/*.int.test.ts';

/** Unit tests: everything but the integration suites. */
export const sharedTestConfig = {
  include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  exclude: [...configDefaults.exclude, INTEGRATION],
  reporters: ['default', 'json'],
  outputFile: { json: resultsFile() },
  env: { TZ: 'UTC' },
};

/** Integration suites against a real PostgreSQL; `globalSetup` makes the run's templates. */
export function sharedIntegrationConfig(globalSetup) {
  return {
    include: [`src/${INTEGRATION}`, `test/${INTEGRATION}`],
    reporters: ['default', 'json'],
    outputFile: { json: resultsFile('int') },
    env: { TZ: 'UTC' },
    globalSetup: [globalSetup],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  };
}

/** Unit and integration tests together: a workspace's default config, for runs by hand. */
export function sharedAllTestsConfig(globalSetup) {
  return {
    ...sharedIntegrationConfig(globalSetup),
    include: [...sharedTestConfig.include],
    outputFile: { json: resultsFile() },
  };
}
