// Import from spreadsheets: reading the file, the dry run, the batched and resumable import.
export { type ReadSheetError, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, readSheet } from './read-sheet.js';
export {
  type ImportCounts,
  type ImportRunRecord,
  type ImportRunStatus,
  importStore,
} from './import-store.js';
export { type ImportActor, type BatchResult, writeBatch } from './write-batch.js';
export { loadImportLookups } from './import-lookups.js';
export {
  type DryRun,
  type ImportInput,
  IMPORT_BATCH_SIZE,
  ImportMappingError,
  dryRunImport,
  fileSha256,
  runImport,
} from './run-import.js';
export { type RegisterCheck, registerPlans } from './register-plans.js';
