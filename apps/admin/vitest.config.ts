import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { sharedTestConfig } from '../../vitest.shared.js';

export default defineConfig({
  plugins: [react()],
  test: {
    ...sharedTestConfig,
    name: 'admin',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'happy-dom',
    // ra-data-graphql imports named exports from @apollo/client's CommonJS build: let Vite
    // transform it as the panel's bundle does, so the resource provider runs in unit tests.
    server: { deps: { inline: ['ra-data-graphql', 'ra-data-graphql-simple'] } },
  },
});
