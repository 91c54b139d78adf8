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
  },
});
