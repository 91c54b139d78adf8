// Test settings every workspace shares. Each project writes a JSON report that
// .ci/run sums into its closing "N passed, N failed" line.
export const sharedTestConfig = {
  include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  reporters: ['default', 'json'],
  outputFile: { json: '.vitest/results.json' },
  env: { TZ: 'UTC' },
};
