// The import's pure rules: fields, header suggestions, CSV text, row and sheet checks.
export {
  type ImportField,
  type ImportFieldInfo,
  type ImportMapping,
  describeImportFields,
  importFieldLabels,
  importFields,
  isImportField,
  requiredImportFields,
} from './import-fields.js';
export {
  type ImportErrorCode,
  type ImportRowErrorCode,
  importErrorMessage,
  importErrorMessages,
} from './import-errors.js';
export { mergeMapping, normaliseHeader, suggestMapping } from './header-suggestions.js';
export { parseCsv } from './csv.js';
export { type ImportLookups } from './import-lookups.js';
export {
  type ImportCells,
  type ImportEnrollment,
  type ImportRow,
  type ImportRowError,
  validateImportRow,
} from './validate-row.js';
export { type Sheet, type SheetCheck, checkSheet, mappingProblem } from './validate-sheet.js';
