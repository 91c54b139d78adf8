import { defineConfig } from 'vitest/config';
import { sharedIntegrationConfig } from '../../vitest.shared.js';

// The suites against a real PostgreSQL: the global setup migrates and seeds once into
// the run's template databases, which each suite copies.
export default defineConfig({
  test: {
    ...sharedIntegrationConfig('./src/testing/global-setup.ts'),
    name: 'persistence-int',
  },
});
