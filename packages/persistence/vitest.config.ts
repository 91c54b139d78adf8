import { defineConfig } from 'vitest/config';
import { sharedAllTestsConfig } from '../../vitest.shared.js';

// Every test of the package, for runs by hand (`npx vitest run test/x.int.test.ts`);
// `npm test` runs vitest.unit.config.ts, `npm run test:int` vitest.int.config.ts.
export default defineConfig({
  test: { ...sharedAllTestsConfig('./src/testing/global-setup.ts'), name: 'persistence' },
});
