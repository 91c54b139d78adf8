// Test support for suites that need a real PostgreSQL (persistence and gateway).
export { setup, startTestServer, type TestServer } from './global-setup.js';
export {
  createTestPersistence,
  type TestDatabaseStart,
  type TestPersistence,
} from './test-database.js';
export {
  createRunFolder,
  freePort,
  removeRunFolder,
  runFoldersRoot,
  sweepStaleRunFolders,
} from './run-folder.js';
// Scenario builders: a test's own association on an empty migrated database.
export { type World, givenAssociation, rowsIn } from './builders/world.js';
export {
  type GivenCoach,
  type GivenMunicipality,
  type GivenProject,
  givenCoach,
  givenMunicipality,
  givenProject,
} from './builders/given-organisation.js';
export {
  GIVEN_USER_PASSWORD,
  type GivenParticipant,
  type GivenUser,
  givenParticipant,
  givenUser,
} from './builders/given-people.js';
export {
  type GivenEnrollment,
  type GivenReferral,
  givenEnrollment,
  givenMeeting,
  givenReferral,
} from './builders/given-work.js';
