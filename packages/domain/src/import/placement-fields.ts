import type { Messages } from '../core/domain-error.js';

/**
 * The columns an import of placements understands: one placement a row (praktik,
 * anställning, studier) of a person enrolled in the project, at an employer the
 * association has (by organisation number or name) or one the import registers.
 */
export const placementFields = [
  'personnummer',
  'project',
  'employer',
  'employerOrganisationNumber',
  'kind',
  'startedOn',
  'endedOn',
  'hoursPerWeek',
] as const;
export type PlacementField = (typeof placementFields)[number];

export const requiredPlacementFields: readonly PlacementField[] = [
  'personnummer',
  'project',
  'kind',
  'startedOn',
];

export const placementFieldLabels: Readonly<Record<PlacementField, Messages>> = {
  personnummer: { sv: 'Personnummer', en: 'Personal identity number' },
  project: { sv: 'Projekt', en: 'Project' },
  employer: { sv: 'Arbetsgivare', en: 'Employer' },
  employerOrganisationNumber: { sv: 'Organisationsnummer', en: 'Organisation number' },
  kind: { sv: 'Typ av placering', en: 'Kind of placement' },
  startedOn: { sv: 'Startdatum', en: 'Started on' },
  endedOn: { sv: 'Slutdatum', en: 'Ended on' },
  hoursPerWeek: { sv: 'Timmar per vecka', en: 'Hours per week' },
};

export const placementHeaderNames: Readonly<Record<PlacementField, readonly string[]>> = {
  personnummer: ['personnummer', 'pnr', 'personnr', 'personalidentitynumber', 'ssn'],
  project: ['projekt', 'project', 'projektid', 'projectid', 'projektnamn'],
  employer: ['arbetsgivare', 'företag', 'arbetsplats', 'employer', 'employername', 'company'],
  employerOrganisationNumber: [
    'organisationsnummer',
    'orgnr',
    'orgnummer',
    'organisationnumber',
    'employerorganisationnumber',
    'corporateid',
  ],
  // The placement list's export writes Slag, Började and Slutade.
  kind: ['typ', 'slag', 'placeringstyp', 'insats', 'kind', 'placementkind', 'type'],
  startedOn: ['start', 'startdatum', 'började', 'från', 'startedon', 'startdate', 'from'],
  endedOn: ['slut', 'slutdatum', 'slutade', 'till', 'endedon', 'enddate', 'to'],
  hoursPerWeek: ['timmarpervecka', 'timmar', 'tim/v', 'omfattning', 'hoursperweek', 'hours'],
};
