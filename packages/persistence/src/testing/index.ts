// Test support for suites that need a real PostgreSQL (persistence and gateway).
export { setup, startTestServer, type TestServer } from './global-setup.js';
export { createTestPersistence, type TestPersistence } from './test-database.js';
export {
  createRunFolder,
  freePort,
  removeRunFolder,
  runFoldersRoot,
  sweepStaleRunFolders,
} from './run-folder.js';
