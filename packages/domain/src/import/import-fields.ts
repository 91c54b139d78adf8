/**
 * The columns an import of participants (one row per person, with at most one enrollment in
 * a project on the same row) understands. The names are the panel's and the saved mapping's.
 */
export const importFields = [
  'personnummer',
  'firstName',
  'lastName',
  'gender',
  'homeMunicipality',
  'targetGroupFactors',
  'project',
  'coach',
  'enrolledOn',
  'compensationAtStart',
  'currentPhase',
  'phaseOn',
  'dischargedOn',
  'dischargeReason',
  'compensationAtEnd',
  'occupationAfter',
] as const;
export type ImportField = (typeof importFields)[number];

/** A person cannot be imported without these. */
export const requiredImportFields: readonly ImportField[] = [
  'personnummer',
  'firstName',
  'lastName',
  'homeMunicipality',
];

/** Which column (by its header text) holds each field; null = not in the file. */
export type ImportMapping = Readonly<Record<ImportField, string | null>>;

export function isImportField(value: string): value is ImportField {
  return (importFields as readonly string[]).includes(value);
}
