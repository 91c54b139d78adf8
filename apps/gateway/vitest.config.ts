import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { sharedAllTestsConfig } from '../../vitest.shared.js';

const require = createRequire(import.meta.url);

/**
 * One graphql instance: Node loads graphql's CommonJS entry for type-graphql and Apollo,
 * so the sources under test must not get the `module` (.mjs) build from Vite.
 */
export const oneGraphql = {
  alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
};

export const persistenceGlobalSetup = '../../packages/persistence/dist/testing/global-setup.js';

// Every test of the gateway, for runs by hand (`npx vitest run test/x.int.test.ts`);
// `npm test` runs vitest.unit.config.ts, `npm run test:int` vitest.int.config.ts.
export default defineConfig({
  resolve: oneGraphql,
  test: { ...sharedAllTestsConfig(persistenceGlobalSetup), name: 'gateway' },
});
