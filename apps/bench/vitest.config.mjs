import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.js';

// Unit tests of the bench's pure parts (statistics, schedule, CPU arithmetic); the bench
// itself never runs in npm test.
export default defineConfig({
  test: { ...sharedTestConfig, include: ['src/**/*.test.mjs'], name: 'bench' },
});
