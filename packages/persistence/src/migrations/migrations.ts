import { InitialSchema1732500000000 } from './1732500000000-initial-schema.js';
import { Surveys1732600000000 } from './1732600000000-surveys.js';
import { PersonalData1732700000000 } from './1732700000000-personal-data.js';
import { ListIndexes1732800000000 } from './1732800000000-list-indexes.js';
import { SessionNotify1732900000000 } from './1732900000000-session-notify.js';
import { AuditLogWithoutKeyLock1733000000000 } from './1733000000000-audit-log-without-key-lock.js';
import { AuditEntityIds1733100000000 } from './1733100000000-audit-entity-ids.js';
import { OneOpenEnrollment1733240000000 } from './1733240000000-one-open-enrollment.js';
import { ParticipantRegisteredBy1733263000000 } from './1733263000000-participant-registered-by.js';
import { ForceRowLevelSecurity1733500000000 } from './1733500000000-force-row-level-security.js';
import { ReallocationSettings1733610000000 } from './1733610000000-reallocation-settings.js';
import { IncomeDuring1733721500000 } from './1733721500000-income-during.js';
import { BoardReports1733812800000 } from './1733812800000-board-reports.js';
import { JobsAndOutbox1733820000000 } from './1733820000000-jobs-and-outbox.js';
import { ImportRuns1733830400000 } from './1733830400000-import-runs.js';

/** Every migration, in order. New ones are appended; committed ones never change. */
export const migrations = [
  InitialSchema1732500000000,
  Surveys1732600000000,
  PersonalData1732700000000,
  ListIndexes1732800000000,
  SessionNotify1732900000000,
  AuditLogWithoutKeyLock1733000000000,
  AuditEntityIds1733100000000,
  OneOpenEnrollment1733240000000,
  ParticipantRegisteredBy1733263000000,
  ForceRowLevelSecurity1733500000000,
  ReallocationSettings1733610000000,
  IncomeDuring1733721500000,
  BoardReports1733812800000,
  JobsAndOutbox1733820000000,
  ImportRuns1733830400000,
];
