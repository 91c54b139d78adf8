import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.js';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One graphql instance: Node loads graphql's CommonJS entry for type-graphql and Apollo,
  // so the sources under test must not get the `module` (.mjs) build from Vite.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    ...sharedTestConfig,
    name: 'gateway',
    globalSetup: ['../../packages/persistence/dist/testing/global-setup.js'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
