import type { Messages } from '../core/domain-error.js';

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

/** Each field's name for people, Swedish and English: the panel shows these and holds none. */
export const importFieldLabels: Readonly<Record<ImportField, Messages>> = {
  personnummer: { sv: 'Personnummer', en: 'Personal identity number' },
  firstName: { sv: 'Förnamn', en: 'First name' },
  lastName: { sv: 'Efternamn', en: 'Last name' },
  gender: { sv: 'Kön', en: 'Gender' },
  homeMunicipality: { sv: 'Hemkommun', en: 'Home municipality' },
  targetGroupFactors: { sv: 'Målgruppsfaktorer', en: 'Target group factors' },
  project: { sv: 'Projekt', en: 'Project' },
  coach: { sv: 'Coach', en: 'Coach' },
  enrolledOn: { sv: 'Inskriven', en: 'Enrolled on' },
  compensationAtStart: { sv: 'Försörjning vid start', en: 'Income at start' },
  currentPhase: { sv: 'Fas', en: 'Phase' },
  phaseOn: { sv: 'Fas sedan', en: 'Phase since' },
  dischargedOn: { sv: 'Avslutad', en: 'Discharged on' },
  dischargeReason: { sv: 'Avslutsorsak', en: 'Discharge reason' },
  compensationAtEnd: { sv: 'Försörjning vid avslut', en: 'Income at end' },
  occupationAfter: { sv: 'Sysselsättning efter', en: 'Occupation after' },
};

/** One field as a client is told it: its name, whether a mapping must give it, its labels. */
export type ImportFieldInfo = {
  readonly name: ImportField;
  readonly required: boolean;
  readonly label: Messages;
};

/** The fields in their order, for a client that maps columns (the panel asks the gateway). */
export function describeImportFields(): readonly ImportFieldInfo[] {
  return importFields.map((name) => ({
    name,
    required: requiredImportFields.includes(name),
    label: importFieldLabels[name],
  }));
}
