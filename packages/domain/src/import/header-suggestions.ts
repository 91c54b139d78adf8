import { type ImportField, type ImportMapping, importFields } from './import-fields.js';

/**
 * Header names people write for each field, Swedish and English, compared without case,
 * accents, spaces or punctuation ("Förnamn", "forn amn", "First name" all match). The
 * panel's own list exports are among them, so an exported list maps itself.
 */
export const participantHeaderNames: Readonly<Record<ImportField, readonly string[]>> = {
  personnummer: [
    'personnummer',
    'pnr',
    'personnr',
    'personalidentitynumber',
    'personalnumber',
    'ssn',
    'samordningsnummer',
  ],
  firstName: ['förnamn', 'tilltalsnamn', 'firstname', 'givenname', 'forename'],
  lastName: ['efternamn', 'släktnamn', 'lastname', 'surname', 'familyname'],
  gender: ['kön', 'gender', 'sex'],
  homeMunicipality: [
    'hemkommun',
    'kommun',
    'folkbokföringskommun',
    'homemunicipality',
    'municipality',
    'hemkommunid',
    'kommunid',
  ],
  targetGroupFactors: [
    'målgrupp',
    'målgruppsfaktorer',
    'målgruppsfaktor',
    'targetgroup',
    'targetgroupfactors',
  ],
  project: ['projekt', 'project', 'projektid', 'projectid', 'projektnamn'],
  coach: ['coach', 'jobbcoach', 'handledare', 'coachid', 'jobcoach'],
  enrolledOn: [
    'inskriven',
    'inskrivningsdatum',
    'inskrivningsdag',
    'startdatum',
    'start',
    'enrolledon',
    'enrolled',
    'enrollmentdate',
    'startdate',
  ],
  compensationAtStart: [
    'ersättningvidstart',
    'försörjningvidstart',
    'försörjning',
    'compensationatstart',
    'incomeatstart',
  ],
  currentPhase: ['fas', 'aktuellfas', 'steg', 'phase', 'currentphase'],
  phaseOn: ['fassedan', 'fasdatum', 'datumförfas', 'phaseon', 'phasedate', 'phasesince'],
  dischargedOn: [
    'avslutad',
    'utskriven',
    'avslutsdatum',
    'utskrivningsdatum',
    'dischargedon',
    'discharged',
    'dischargedate',
    'enddate',
  ],
  dischargeReason: ['avslutsorsak', 'orsak', 'utskrivningsorsak', 'dischargereason', 'reason'],
  compensationAtEnd: [
    'ersättningvidavslut',
    'försörjningvidavslut',
    'compensationatend',
    'incomeatend',
  ],
  occupationAfter: ['sysselsättningefter', 'sysselsättning', 'occupationafter', 'occupation'],
};

/** Lower case, no accents, only letters and digits: "Ersättning vid start" → "ersattningvidstart". */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

const byName = new Map<string, ImportField>(
  importFields.flatMap((field) =>
    participantHeaderNames[field].map((name) => [normaliseHeader(name), field]),
  ),
);

/** The mapping suggested from the header names: each field to the first column that names it. */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const mapping = Object.fromEntries(importFields.map((field) => [field, null])) as Record<
    ImportField,
    string | null
  >;
  for (const header of headers) {
    const field = byName.get(normaliseHeader(header));
    if (field !== undefined && mapping[field] === null) mapping[field] = header;
  }
  return mapping;
}

/**
 * A saved mapping applied to a new file: its columns where the file has them, the
 * suggestion for the rest.
 */
export function mergeMapping(
  saved: Partial<Record<ImportField, string | null>> | undefined,
  headers: readonly string[],
): ImportMapping {
  const suggested = suggestMapping(headers);
  if (!saved) return suggested;
  const merged = { ...suggested };
  for (const field of importFields) {
    const column = saved[field];
    if (column !== undefined && column !== null && headers.includes(column)) merged[field] = column;
  }
  return merged;
}
