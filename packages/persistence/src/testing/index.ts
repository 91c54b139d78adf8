// Test support for suites that need a real PostgreSQL (persistence and gateway).
export { setup } from './global-setup.js';
export { createTestPersistence, type TestPersistence } from './test-database.js';
