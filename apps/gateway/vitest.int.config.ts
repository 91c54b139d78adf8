import { defineConfig } from 'vitest/config';
import { sharedIntegrationConfig } from '../../vitest.shared.js';
import { oneGraphql, persistenceGlobalSetup } from './vitest.config.js';

// The suites over real HTTP and a real PostgreSQL: the persistence global setup migrates
// and seeds once into the run's template databases, which each suite copies.
export default defineConfig({
  resolve: oneGraphql,
  test: { ...sharedIntegrationConfig(persistenceGlobalSetup), name: 'gateway-int' },
});
