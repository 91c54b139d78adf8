// Test settings every workspace shares. Each project writes a JSON report that
// .ci/sum-test-results.mjs sums into the closing "N passed, N failed" line.

/**
 * Where a project's JSON report goes: `.vitest/results[-<tag>][-<kind>].json`. CI runs the
 * suites twice (server PostgreSQL, then embedded with TEST_RESULTS_TAG=embedded), so the
 * second run writes beside the first instead of over it.
 */
export function resultsFile(kind = '') {
  const tag = process.env.TEST_RESULTS_TAG;
  return `.vitest/results${tag ? `-${tag}` : ''}${kind ? `-${kind}` : ''}.json`;
}

export const sharedTestConfig = {
  include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  reporters: ['default', 'json'],
  outputFile: { json: resultsFile() },
  env: { TZ: 'UTC' },
};
