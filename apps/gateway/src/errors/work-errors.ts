import type { CatalogueEntry } from './catalogue-entry.js';

/**
 * Failures of the coaches' daily work: participants, referrals, enrollments, placements,
 * employers, SE group meetings and surveys. Codes that a domain rule already has (a date
 * in the future, a placement before its enrollment) are the domain's, not repeated here.
 */
export const workErrors = {
  'PARTICIPANT.OWN_MUNICIPALITY': {
    code: 'BAD_USER_INPUT',
    sv: 'Du kan bara registrera deltagare i din kommun.',
    en: 'You can only register participants in your municipality.',
  },
  'PARTICIPANT.TARGET_GROUP_FACTOR': {
    code: 'BAD_USER_INPUT',
    sv: 'Okänd målgruppsfaktor.',
    en: 'Unknown target group factor.',
  },
  'PARTICIPANT.GENDER': { code: 'BAD_USER_INPUT', sv: 'Okänt kön.', en: 'Unknown gender.' },
  'PERSONNUMMER.DUPLICATE': {
    code: 'DUPLICATE_PERSONNUMMER',
    sv: 'Det finns redan en deltagare med det personnumret.',
    en: 'There is already a participant with that personal identity number.',
  },
  'PERSONNUMMER.DUPLICATE_LIMIT': {
    code: 'RATE_LIMITED',
    sv: 'Du har försökt registrera för många personnummer som redan finns. Vänta en timme eller kontakta förbundschefen.',
    en: 'You have tried to register too many personal identity numbers that already exist. Wait an hour or contact the association’s manager.',
  },
  'REFERRAL.REFERRER_ORGANISATION': {
    code: 'BAD_USER_INPUT',
    sv: 'Ange vilken myndighet som remitterar.',
    en: 'Give the authority that refers.',
  },
  'REFERRAL.REFERRER_NEEDS_PERSONNUMMER': {
    code: 'FORBIDDEN',
    sv: 'Remittera med personnummer och namn.',
    en: 'Refer with personal identity number and name.',
  },
  'REFERRAL.PARTICIPANT_OR_PERSON': {
    code: 'BAD_USER_INPUT',
    sv: 'Ange antingen en deltagare eller personnummer och namn.',
    en: 'Give either a participant or a personal identity number and name.',
  },
  'REFERRAL.OWN_MUNICIPALITY': {
    code: 'BAD_USER_INPUT',
    sv: 'Du kan bara remittera till din kommun.',
    en: 'You can only refer to your municipality.',
  },
  'REFERRAL.SAME_PERSON_NOW': {
    code: 'CONFLICT',
    sv: 'Någon registrerade samma person just nu. Försök igen.',
    en: 'Someone registered the same person just now. Try again.',
  },
  'REFERRAL.UNKNOWN_ACTION': {
    code: 'BAD_USER_INPUT',
    sv: 'Okänt beslut.',
    en: 'Unknown decision.',
  },
  'REFERRAL.MEETING_MUNICIPALITY': {
    code: 'BAD_USER_INPUT',
    sv: 'Mötet finns inte i remissens kommun.',
    en: 'The meeting is not in the referral’s municipality.',
  },
  'REFERRAL.MEETING_REQUIRED': {
    code: 'BAD_USER_INPUT',
    sv: 'Ange SE-gruppens möte där remissen antogs.',
    en: 'Give the SE group meeting where the referral was accepted.',
  },
  'REFERRAL.ACCEPT_NEEDS_ENROLLMENT': {
    code: 'BAD_USER_INPUT',
    sv: 'Att anta en remiss skriver in deltagaren: ange coach och startdatum (acceptReferral).',
    en: 'Accepting a referral enrolls the participant: give a coach and a start date (acceptReferral).',
  },
  'ENROLLMENT.ALREADY_OPEN': {
    code: 'CONFLICT',
    sv: 'Deltagaren har redan en pågående inskrivning i projektet.',
    en: 'The participant already has an open enrollment in the project.',
  },
  'ENROLLMENT.UNKNOWN': {
    code: 'BAD_USER_INPUT',
    sv: 'Inskrivningen finns inte.',
    en: 'The enrollment does not exist.',
  },
  'ENROLLMENT.PHASE': { code: 'BAD_USER_INPUT', sv: 'Okänd fas.', en: 'Unknown phase.' },
  'ENROLLMENT.COACH_MUNICIPALITY': {
    code: 'BAD_USER_INPUT',
    sv: 'Coachen arbetar inte i din kommun.',
    en: 'The coach does not work in your municipality.',
  },
  'ENROLLMENT.COACH_REFERRAL_MUNICIPALITY': {
    code: 'BAD_USER_INPUT',
    sv: 'Coachen arbetar inte i remissens kommun.',
    en: 'The coach does not work in the referral’s municipality.',
  },
  'ENROLLMENT.BEFORE_REFERRAL': {
    code: 'BAD_USER_INPUT',
    sv: 'Startdatumet ligger före dagen remissen kom in.',
    en: 'The start date is before the day the referral came in.',
  },
  'ENROLLMENT.REFERRAL_PROJECT': {
    code: 'BAD_USER_INPUT',
    sv: 'Inskrivningen ska gälla remissens projekt.',
    en: 'The enrollment must be in the referral’s project.',
  },
  'ENROLLMENT.OWN_CASELOAD': {
    code: 'BAD_USER_INPUT',
    sv: 'Du kan bara skriva in deltagare hos dig själv.',
    en: 'You can only enroll participants with yourself.',
  },
  'PLACEMENT.KIND': {
    code: 'BAD_USER_INPUT',
    sv: 'Okänd sorts placering.',
    en: 'Unknown kind of placement.',
  },
  'PLACEMENT.END_BEFORE_START': {
    code: 'BAD_USER_INPUT',
    sv: 'Slutdatum före startdatum.',
    en: 'The end date is before the start date.',
  },
  'PLACEMENT.HOURS': {
    code: 'BAD_USER_INPUT',
    sv: 'Timmar per vecka ska vara mer än 0 och högst 60.',
    en: 'Hours per week must be above 0 and at most 60.',
  },
  'EMPLOYER.UNKNOWN': {
    code: 'BAD_USER_INPUT',
    sv: 'Arbetsgivaren finns inte.',
    en: 'The employer does not exist.',
  },
  'EMPLOYER.OTHER_MUNICIPALITY': {
    code: 'BAD_USER_INPUT',
    sv: 'Arbetsgivaren hör till en annan kommun.',
    en: 'The employer belongs to another municipality.',
  },
  'EMPLOYER.HAS_PLACEMENTS': {
    code: 'CONFLICT',
    sv: 'Arbetsgivaren har placeringar och kan inte tas bort.',
    en: 'The employer has placements and cannot be removed.',
  },
  'MEETING.CADENCE_MONTHS': {
    code: 'BAD_USER_INPUT',
    sv: 'Ange ett helt antal månader, 1–{max}.',
    en: 'Give a whole number of months, 1–{max}.',
  },
  'MEETING.OWN_MUNICIPALITY': {
    code: 'BAD_USER_INPUT',
    sv: 'Du kan bara registrera möten i din kommun.',
    en: 'You can only register meetings in your municipality.',
  },
  'SURVEY.RATE_LIMITED': {
    code: 'RATE_LIMITED',
    sv: 'För många försök. Vänta en minut.',
    en: 'Too many attempts. Wait a minute.',
  },
  'SURVEY.TOO_MANY_ANSWERS': {
    code: 'BAD_USER_INPUT',
    sv: 'För många svar.',
    en: 'Too many answers.',
  },
  'SURVEY.ANSWERED_TWICE': {
    code: 'BAD_USER_INPUT',
    sv: 'Frågan besvaras två gånger.',
    en: 'The question is answered twice.',
  },
  'SURVEY.TRIGGER': { code: 'BAD_USER_INPUT', sv: 'Okänd tidpunkt.', en: 'Unknown occasion.' },
  'SURVEY.VALID_DAYS': {
    code: 'BAD_USER_INPUT',
    sv: 'Länken kan gälla 1–90 dagar.',
    en: 'The link can be valid for 1–90 days.',
  },
  'SURVEY.NOT_FOUND': {
    code: 'NOT_FOUND',
    sv: 'Enkäten finns inte.',
    en: 'The questionnaire does not exist.',
  },
  'SURVEY.PLACEMENT_REQUIRED': {
    code: 'BAD_USER_INPUT',
    sv: 'Välj arbetsplatsen som arbetsgivaren svarar om.',
    en: 'Choose the workplace the employer answers about.',
  },
  'SURVEY.PLACEMENT_OTHER_ENROLLMENT': {
    code: 'BAD_USER_INPUT',
    sv: 'Arbetsplatsen hör inte till inskrivningen.',
    en: 'The workplace does not belong to the enrollment.',
  },
  'SURVEY.LINK_GONE': {
    code: 'NOT_FOUND',
    sv: 'Länken är ogiltig, har redan använts eller har gått ut.',
    en: 'The link is invalid, has already been used or has expired.',
  },
  'SURVEY.ANSWERED_IN_FUTURE': {
    code: 'BAD_USER_INPUT',
    sv: 'Svarsdatumet kan inte ligga i framtiden.',
    en: 'The answer date cannot be in the future.',
  },
  'ASSESSMENT.UNKNOWN': {
    code: 'BAD_USER_INPUT',
    sv: 'Okänt bedömningsinstrument.',
    en: 'Unknown assessment instrument.',
  },
  'ASSESSMENT.ITEM_TWICE': {
    code: 'BAD_USER_INPUT',
    sv: 'Punkten anges två gånger.',
    en: 'The item is given twice.',
  },
} as const satisfies Record<string, CatalogueEntry>;
