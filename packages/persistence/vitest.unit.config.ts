import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.js';

// Unit tests only (no database): the package's `test` task.
export default defineConfig({ test: { ...sharedTestConfig, name: 'persistence' } });
