import type { CatalogueEntry } from './catalogue-entry.js';

/**
 * Failures of the association's administration: accounts, personal data (consent,
 * extracts, erasure, retention), reports, attestations and the reallocation of posts.
 */
export const adminErrors = {
  'USER.ROLE': { code: 'BAD_USER_INPUT', sv: 'Okänd roll.', en: 'Unknown role.' },
  'USER.EMAIL': {
    code: 'BAD_USER_INPUT',
    sv: 'Ogiltig e-postadress.',
    en: 'Invalid e-mail address.',
  },
  'USER.EMAIL_TAKEN': {
    code: 'CONFLICT',
    sv: 'E-postadressen används redan.',
    en: 'The e-mail address is already in use.',
  },
  'USER.CHIEF_NEEDS_MUNICIPALITY': {
    code: 'BAD_USER_INPUT',
    sv: 'En kommunchef behöver en kommun.',
    en: 'A municipal chief needs a municipality.',
  },
  'USER.COACH_NEEDS_COACH': {
    code: 'BAD_USER_INPUT',
    sv: 'En jobbcoach behöver kopplas till en coach.',
    en: 'A job coach account needs to be linked to a coach.',
  },
  'USER.ORGANISATION': {
    code: 'BAD_USER_INPUT',
    sv: 'Okänd organisation.',
    en: 'Unknown organisation.',
  },
  'USER.REFERRER_NEEDS_ORGANISATION': {
    code: 'BAD_USER_INPUT',
    sv: 'En handläggare behöver en organisation.',
    en: 'A case officer needs an organisation.',
  },
  'USER.OWN_ACCOUNT': {
    code: 'BAD_USER_INPUT',
    sv: 'Du kan inte inaktivera ditt eget konto.',
    en: 'You cannot deactivate your own account.',
  },
  'CONSENT.PURPOSE': { code: 'BAD_USER_INPUT', sv: 'Okänt ändamål.', en: 'Unknown purpose.' },
  'CONSENT.METHOD': {
    code: 'BAD_USER_INPUT',
    sv: 'Okänt sätt att lämna samtycke.',
    en: 'Unknown way of giving consent.',
  },
  'CONSENT.ALREADY_WITHDRAWN': {
    code: 'CONFLICT',
    sv: 'Samtycket är redan återkallat.',
    en: 'The consent is already withdrawn.',
  },
  'CONSENT.WITHDRAWN_BEFORE_GIVEN': {
    code: 'BAD_USER_INPUT',
    sv: 'Återkallandet kan inte vara före samtycket.',
    en: 'The withdrawal cannot be before the consent.',
  },
  'ERASURE.ACTIVE_ENROLLMENT': {
    code: 'CONFLICT',
    sv: 'Deltagaren är inskriven. Avsluta inskrivningen innan uppgifterna raderas.',
    en: 'The participant is enrolled. Discharge the enrollment before the data is erased.',
  },
  'ERASURE.ALREADY_ANONYMISED': {
    code: 'CONFLICT',
    sv: 'Deltagarens uppgifter är redan anonymiserade.',
    en: 'The participant’s data is already anonymised.',
  },
  'RETENTION.KIND': {
    code: 'BAD_USER_INPUT',
    sv: 'Okänd typ av uppgifter.',
    en: 'Unknown kind of data.',
  },
  'RETENTION.YEARS': {
    code: 'BAD_USER_INPUT',
    sv: 'Antal år ska vara 1–100.',
    en: 'The number of years must be 1–100.',
  },
  'REPORT.OWN_MUNICIPALITY': {
    code: 'FORBIDDEN',
    sv: 'Du kan bara ta ut rapporter för din egen kommun.',
    en: 'You can only take out reports for your own municipality.',
  },
  'REPORT.NO_PERSONAL_ROWS': {
    code: 'FORBIDDEN',
    sv: 'Andra förbund får inte rapporter per coach eller person.',
    en: 'Other associations may not have reports per coach or person.',
  },
  'REPORT.PERIOD_EMPTY': {
    code: 'BAD_USER_INPUT',
    sv: 'Slutdatumet ska ligga efter startdatumet (perioden är halvöppen: slutdagen ingår inte).',
    en: 'The end date must be after the start date (the period is half-open: the end day is not included).',
  },
  'REPORT.FILTER_GENDER': {
    code: 'BAD_USER_INPUT',
    sv: 'Rapporten kan inte delas upp på kön.',
    en: 'The report cannot be broken down by gender.',
  },
  'REPORT.FILTER_AGE_BAND': {
    code: 'BAD_USER_INPUT',
    sv: 'Rapporten kan inte delas upp på åldersgrupp.',
    en: 'The report cannot be broken down by age band.',
  },
  'REPORT.AGE_BAND': {
    code: 'BAD_USER_INPUT',
    sv: 'Åldersgruppen ska vara en av {allowed}.',
    en: 'The age band must be one of {allowed}.',
  },
  'REPORT.GENDER': {
    code: 'BAD_USER_INPUT',
    sv: 'Kön ska vara ett av {allowed}.',
    en: 'The gender must be one of {allowed}.',
  },
  'REPORT.NO_GROUP_BY': {
    code: 'BAD_USER_INPUT',
    sv: 'Rapporten har ingen gruppering.',
    en: 'The report has no grouping.',
  },
  'REPORT.GROUP_BY': {
    code: 'BAD_USER_INPUT',
    sv: 'Gruppering ska vara en av {allowed}.',
    en: 'The grouping must be one of {allowed}.',
  },
  'ATTESTATION.OWN_MUNICIPALITY': {
    code: 'BAD_USER_INPUT',
    sv: 'Du kan bara intyga för din kommun.',
    en: 'You can only attest for your municipality.',
  },
  'ATTESTATION.HALF_YEAR': {
    code: 'BAD_USER_INPUT',
    sv: 'Halvåret ska vara ett påbörjat halvår i projektet, t.ex. 2024H1 eller 2024-H1.',
    en: 'The half-year must be a started half-year of the project, e.g. 2024H1 or 2024-H1.',
  },
  'ATTESTATION.ALREADY_SIGNED': {
    code: 'CONFLICT',
    sv: 'Halvåret är redan intygat.',
    en: 'The half-year is already attested.',
  },
  'REALLOCATION.NO_LINES': {
    code: 'BAD_USER_INPUT',
    sv: 'Ange tjänstegrad för kommunerna.',
    en: 'Give the FTE for the municipalities.',
  },
  'REALLOCATION.NOT_AFTER_LATEST': {
    code: 'BAD_USER_INPUT',
    sv: 'Det finns redan en omfördelning som börjar samma dag eller senare. Välj ett senare datum.',
    en: 'A reallocation already starts on the same day or later. Choose a later date.',
  },
  'REALLOCATION.DECIDED_MEANWHILE': {
    code: 'CONFLICT',
    sv: 'Någon annan har beslutat en omfördelning under tiden. Ladda om för att se den nya fördelningen.',
    en: 'Someone else decided a reallocation in the meantime. Reload to see the new allocation.',
  },
  'REALLOCATION.CHANGED_MEANWHILE': {
    code: 'CONFLICT',
    sv: 'Fördelningen ändrades under tiden. Ladda om.',
    en: 'The allocation changed in the meantime. Reload.',
  },
  'REALLOCATION.PROPOSAL_NOT_FOUND': {
    code: 'NOT_FOUND',
    sv: 'Förslaget finns inte.',
    en: 'The proposal does not exist.',
  },
  'REALLOCATION.MANAGER_SETS_DECIDER': {
    code: 'FORBIDDEN',
    sv: 'Förbundschefen registrerar styrelsens beslut om vem som beslutar.',
    en: 'The association’s manager records the board’s decision on who decides.',
  },
} as const satisfies Record<string, CatalogueEntry>;
