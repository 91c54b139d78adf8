import { defineConfig } from 'vitest/config';
import { resultsFile } from '../../vitest.shared.js';

// End-to-end tests in a real Chromium against the real system (gateway + built panel on a
// seeded database), started by e2e/global-setup.ts unless ADMIN_URL points at one.
export default defineConfig({
  test: {
    name: 'admin-e2e',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: resultsFile('e2e') },
    env: { TZ: 'UTC' },
  },
});
