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
export {
  type ImportRegister,
  type RegisterSpec,
  importRegisterLabels,
  importRegisters,
  isImportRegister,
  registerSpecs,
} from './import-registers.js';
export {
  type RegisterFieldInfo,
  type RegisterMapping,
  describeRegisterFields,
  isRegisterField,
  mergeRegisterMapping,
  registerMappingProblem,
  suggestRegisterMapping,
} from './register-mapping.js';
export { type RegisterCells, type RegisterRowError } from './register-row.js';
export { type ReferralField, referralFields } from './referral-fields.js';
export { type PlacementField, placementFields } from './placement-fields.js';
export {
  type ReferralImportLookups,
  type ReferralImportRow,
  validateReferralRow,
} from './validate-referral-row.js';
export {
  type EmployerReference,
  type PlacementImportRow,
  validatePlacementRow,
} from './validate-placement-row.js';
export {
  type EmployerTarget,
  type KnownEmployer,
  type KnownPerson,
  employerKey,
  employerTarget,
  personTarget,
  placementTarget,
} from './import-targets.js';
export {
  type RegisterSheetCheck,
  checkPlacementSheet,
  checkReferralSheet,
} from './check-register-sheet.js';
