import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.js';
import { oneGraphql } from './vitest.config.js';

// Unit tests only (no database, no HTTP server): the gateway's `test` task.
export default defineConfig({
  resolve: oneGraphql,
  test: { ...sharedTestConfig, name: 'gateway' },
});
