// The columns of every other list the panel shows (the participant and enrollment lists are
// in xlsx-lists.ts): each list's own fields, as its GraphQL type has them, with Swedish
// headers. Objects and relations are left out; ids stay so rows can be joined in Excel.
import type { ListColumn, ListExport } from './xlsx-list-types.js';

const text = (field: string, header: string): ListColumn => ({ header, field, kind: 'text' });
const date = (field: string, header: string): ListColumn => ({ header, field, kind: 'date' });
const integer = (field: string, header: string): ListColumn => ({
  header,
  field,
  kind: 'integer',
});
const decimal = (field: string, header: string): ListColumn => ({
  header,
  field,
  kind: 'decimal',
});
const yesNo = (field: string, header: string): ListColumn => ({ header, field, kind: 'boolean' });
const id = text('id', 'Id');
const municipality = text('municipalityId', 'Kommun (id)');
const project = text('projectId', 'Projekt (id)');

/**
 * The day of a referral's first decision, the day the referrals report measures the time to
 * decision to: with the status, what an import needs to decide the referral again.
 */
const firstDecisionDate: ListColumn = {
  header: 'Beslutsdatum',
  field: 'decisions',
  kind: 'date',
  of: {
    selection: '{ decidedOn }',
    value: (decisions) =>
      Array.isArray(decisions)
        ? (decisions as { decidedOn: string }[]).map((d) => d.decidedOn).sort()[0]
        : undefined,
  },
};

const list = (
  title: string,
  query: string,
  filterType: string,
  columns: readonly ListColumn[],
  sortField?: string,
): ListExport => ({ title, query, filterType, columns, ...(sortField ? { sortField } : {}) });

export const otherListExports: Readonly<Record<string, ListExport>> = {
  Municipality: list('Kommuner', 'allMunicipalities', 'MunicipalityFilter', [
    text('name', 'Namn'),
    text('code', 'Kommunkod'),
    id,
  ]),
  Project: list('Projekt', 'allProjects', 'ProjectFilter', [
    text('name', 'Namn'),
    date('startsOn', 'Startar'),
    date('endsOn', 'Slutar'),
    text('targetGroup', 'Målgrupp'),
    integer('allocationVersion', 'Fördelningsversion'),
    id,
  ]),
  Post: list('Tjänster', 'allPosts', 'PostFilter', [
    municipality,
    decimal('fte', 'Tjänstgöringsgrad'),
    date('startsOn', 'Från'),
    date('endsOn', 'Till'),
    project,
    text('reallocationId', 'Omfördelning (id)'),
    id,
  ]),
  Coach: list('Jobbcoacher', 'allCoaches', 'CoachFilter', [
    text('name', 'Namn'),
    municipality,
    decimal('fte', 'Tjänstgöringsgrad'),
    date('employedFrom', 'Anställd från'),
    date('employedUntil', 'Anställd till'),
    integer('activeParticipants', 'Aktiva deltagare'),
    id,
  ]),
  Referral: list('Remisser', 'allReferrals', 'ReferralFilter', [
    text('participantName', 'Deltagare'),
    date('receivedOn', 'Mottagen'),
    text('state', 'Status'),
    firstDecisionDate,
    text('referrerOrganisation', 'Remittent'),
    municipality,
    project,
    text('participantId', 'Deltagare (id)'),
    text('enrollmentId', 'Inskrivning (id)'),
    id,
  ]),
  SeGroupMeeting: list('SE-gruppsmöten', 'allSeGroupMeetings', 'SeGroupMeetingFilter', [
    date('heldOn', 'Datum'),
    municipality,
    text('notes', 'Anteckningar'),
    text('decidedReferralIds', 'Beslutade remisser (id)'),
    id,
  ]),
  Employer: list('Arbetsgivare', 'allEmployers', 'EmployerFilter', [
    text('name', 'Namn'),
    text('organisationNumber', 'Organisationsnummer'),
    municipality,
    id,
  ]),
  Placement: list('Placeringar', 'allPlacements', 'PlacementFilter', [
    text('kind', 'Slag'),
    date('startedOn', 'Började'),
    date('endedOn', 'Slutade'),
    decimal('hoursPerWeek', 'Timmar per vecka'),
    text('employerId', 'Arbetsgivare (id)'),
    text('enrollmentId', 'Inskrivning (id)'),
    id,
  ]),
  FollowUp: list('Uppföljningar', 'allFollowUps', 'FollowUpFilter', [
    integer('monthsAfter', 'Månader efter avslut'),
    date('dueOn', 'Förfaller'),
    date('doneOn', 'Gjord'),
    yesNo('working', 'Arbetar'),
    yesNo('studying', 'Studerar'),
    yesNo('contactAllowed', 'Kontakt tillåten'),
    text('enrollmentId', 'Inskrivning (id)'),
    id,
  ]),
  Attestation: list('Halvårsintyg', 'allAttestations', 'AttestationFilter', [
    text('halfYear', 'Halvår'),
    municipality,
    date('signedOn', 'Signerat'),
    text('signedByName', 'Signerat av'),
    text('statement', 'Intygande'),
    project,
    id,
  ]),
  Reallocation: list(
    'Omfördelningsbeslut',
    'allReallocations',
    'ReallocationFilter',
    [
      date('effectiveFrom', 'Gäller från'),
      text('decidedAt', 'Beslutat'),
      text('decidedByName', 'Beslutat av'),
      text('proposedByName', 'Föreslaget av'),
      text('decisionMode', 'Beslutsform'),
      text('delegationReference', 'Delegation'),
      text('method', 'Metod'),
      text('reason', 'Skäl'),
      integer('basedOnVersion', 'Bygger på version'),
      project,
      id,
    ],
    // Decisions list in the order they were taken, the one order the list has.
    'decidedAt',
  ),
  User: list('Användare', 'allUsers', 'UserFilter', [
    text('name', 'Namn'),
    text('email', 'E-post'),
    text('role', 'Roll'),
    yesNo('active', 'Aktiv'),
    text('lastLoginAt', 'Senast inloggad'),
    municipality,
    text('coachId', 'Coach (id)'),
    id,
  ]),
};
