import { type OPERATION_ACTIONS } from '../src/auth/operation-actions.js';

/** What a representative call needs: ids in the calling role's own reach, and a stranger. */
export type CallContext = {
  /** The project of the demo association. */
  readonly project: string;
  /** The role's own municipality (chief, coach), else the demo's first. */
  readonly municipality: string;
  /** A well-formed id that names nothing: allowed roles get NOT_FOUND or null, never a write. */
  readonly missing: string;
};

export type Call = { readonly query: string; readonly variables?: Record<string, unknown> };

type Operation = keyof typeof OPERATION_ACTIONS.query | keyof typeof OPERATION_ACTIONS.mutation;

const list = (field: string): Call => ({ query: `{ ${field}(perPage: 1) { id } }` });
const meta = (field: string): Call => ({ query: `{ ${field} { count } }` });
const one =
  (field: string) =>
  (c: CallContext): Call => ({
    query: `query($id: UUID!) { ${field}(id: $id) { id } }`,
    variables: { id: c.missing },
  });
const report =
  (field: string) =>
  (c: CallContext): Call => ({
    query: `query($f: ReportFilter!) { ${field}(filter: $f) { csv } }`,
    variables: { f: { from: '2025-01-01', to: '2025-12-31', projectId: c.project } },
  });
const DAY = '2026-01-15';
const LINES = (c: CallContext) => [{ municipalityId: c.municipality, fte: 1 }];

/**
 * One representative GraphQL call per operation of the schema, harmless for an allowed
 * role (it names a missing record, or breaks a rule checked after the role), so the
 * matrix can run every role against one database. Public operations are left out, and
 * `logout` (it ends the user's sessions) runs last, in the test itself.
 */
export const CALLS: Record<
  Exclude<Operation, 'login' | 'logout' | 'surveyByToken' | 'submitSurveyResponse'>,
  (c: CallContext) => Call
> = {
  me: () => ({ query: '{ me { id permissions { action scope } } }' }),
  codeLists: () => ({ query: '{ codeLists { lists { id } errorCodes } }' }),
  refreshSession: () => ({ query: 'mutation { refreshSession { expiresAt } }' }),
  allMunicipalities: () => list('allMunicipalities'),
  _allMunicipalitiesMeta: () => meta('_allMunicipalitiesMeta'),
  Municipality: one('Municipality'),
  allProjects: () => list('allProjects'),
  _allProjectsMeta: () => meta('_allProjectsMeta'),
  Project: one('Project'),
  allPosts: () => list('allPosts'),
  _allPostsMeta: () => meta('_allPostsMeta'),
  Post: one('Post'),
  allCoaches: () => list('allCoaches'),
  _allCoachesMeta: () => meta('_allCoachesMeta'),
  Coach: one('Coach'),
  allParticipants: () => list('allParticipants'),
  _allParticipantsMeta: () => meta('_allParticipantsMeta'),
  Participant: one('Participant'),
  participantHistory: (c) => ({
    query: 'query($id: UUID!) { participantHistory(participantId: $id) { field } }',
    variables: { id: c.missing },
  }),
  registerExtract: (c) => ({
    query: 'query($id: UUID!) { registerExtract(participantId: $id) { html } }',
    variables: { id: c.missing },
  }),
  susExport: () => ({ query: '{ susExport(from: "2025-01-01", to: "2025-01-31") }' }),
  participantConsents: (c) => ({
    query: 'query($id: UUID!) { participantConsents(participantId: $id) { id } }',
    variables: { id: c.missing },
  }),
  allReferrals: () => list('allReferrals'),
  _allReferralsMeta: () => meta('_allReferralsMeta'),
  Referral: one('Referral'),
  allSeGroupMeetings: () => list('allSeGroupMeetings'),
  _allSeGroupMeetingsMeta: () => meta('_allSeGroupMeetingsMeta'),
  SeGroupMeeting: one('SeGroupMeeting'),
  seGroupMeetingCadence: () => ({
    query: `{ seGroupMeetingCadence(asOf: "${DAY}", months: 3) { municipalityId } }`,
  }),
  allEnrollments: () => list('allEnrollments'),
  _allEnrollmentsMeta: () => meta('_allEnrollmentsMeta'),
  Enrollment: one('Enrollment'),
  allPlacements: () => list('allPlacements'),
  _allPlacementsMeta: () => meta('_allPlacementsMeta'),
  Placement: one('Placement'),
  allFollowUps: () => list('allFollowUps'),
  _allFollowUpsMeta: () => meta('_allFollowUpsMeta'),
  FollowUp: one('FollowUp'),
  allEmployers: () => list('allEmployers'),
  _allEmployersMeta: () => meta('_allEmployersMeta'),
  Employer: one('Employer'),
  questionnaires: () => ({ query: '{ questionnaires { id } }' }),
  assessmentDefinitions: () => ({ query: '{ assessmentDefinitions { key } }' }),
  surveyInvitations: (c) => ({
    query: 'query($id: UUID!) { surveyInvitations(enrollmentId: $id) { id } }',
    variables: { id: c.missing },
  }),
  surveyResponses: (c) => ({
    query: 'query($id: UUID!) { surveyResponses(enrollmentId: $id) { id } }',
    variables: { id: c.missing },
  }),
  participantAssessments: (c) => ({
    query: 'query($id: UUID!) { participantAssessments(participantId: $id) { participantId } }',
    variables: { id: c.missing },
  }),
  allAttestations: () => list('allAttestations'),
  _allAttestationsMeta: () => meta('_allAttestationsMeta'),
  Attestation: one('Attestation'),
  dashboard: (c) => ({
    query: `query($p: UUID!) { dashboard(projectId: $p, asOf: "${DAY}") { asOf } }`,
    variables: { p: c.project },
  }),
  allReallocations: () => list('allReallocations'),
  _allReallocationsMeta: () => meta('_allReallocationsMeta'),
  Reallocation: one('Reallocation'),
  allocation: (c) => ({
    query: `query($p: UUID!) { allocation(projectId: $p, asOf: "${DAY}") { version } }`,
    variables: { p: c.project },
  }),
  reallocationPlan: (c) => ({
    query: `query($p: UUID!) { reallocationPlan(projectId: $p, effectiveFrom: "2026-02-01", method: HAMILTON, step: 0.1) { projectId } }`,
    variables: { p: c.project },
  }),
  validateReallocationDraft: (c) => ({
    query: `query($p: UUID!, $l: [ReallocationLineInput!]!) { validateReallocationDraft(projectId: $p, effectiveFrom: "2026-02-01", lines: $l) { violations { code } } }`,
    variables: { p: c.project, l: LINES(c) },
  }),
  reallocationSettings: (c) => ({
    query: 'query($p: UUID!) { reallocationSettings(projectId: $p) { decisionMode } }',
    variables: { p: c.project },
  }),
  reallocationProposals: (c) => ({
    query: 'query($p: UUID!) { reallocationProposals(projectId: $p) { id } }',
    variables: { p: c.project },
  }),
  caseloadSeries: (c) => ({
    query: `query($p: UUID!) { caseloadSeries(projectId: $p, from: "2025-01-01", to: "2025-06-30") { target } }`,
    variables: { p: c.project },
  }),
  outcomeReport: report('outcomeReport'),
  boardReports: () => ({ query: '{ boardReports { id } }' }),
  // A project that does not exist: allowed roles get NOT_FOUND before anything is printed.
  produceBoardReport: (c) => ({
    query: 'mutation($i: ProduceBoardReportInput!) { produceBoardReport(input: $i) { id } }',
    variables: { i: { projectId: c.missing, year: 2026, period: 'T1' } },
  }),
  transitionMatrix: report('transitionMatrix'),
  phaseFunnel: report('phaseFunnel'),
  afterSupportReport: report('afterSupportReport'),
  fidelityReport: report('fidelityReport'),
  selfSupportingReport: report('selfSupportingReport'),
  surveyReport: report('surveyReport'),
  assessmentChangeReport: report('assessmentChangeReport'),
  costReport: report('costReport'),
  referralStats: report('referralStats'),
  allUsers: () => list('allUsers'),
  _allUsersMeta: () => meta('_allUsersMeta'),
  User: one('User'),
  accessReview: () => ({ query: '{ accessReview { id } }' }),
  auditLog: () => list('auditLog'),
  _auditLogMeta: () => meta('_auditLogMeta'),
  retentionRules: () => ({ query: '{ retentionRules { kind } }' }),
  retentionRuns: () => ({ query: '{ retentionRuns { id } }' }),
  myTasks: () => ({ query: '{ myTasks { id } }' }),
  mailOutbox: () => ({ query: '{ mailOutbox(perPage: 1) { total } }' }),
  jobFailures: () => ({ query: '{ jobFailures { jobKey } }' }),

  createCoach: (c) => ({
    query: `mutation($m: UUID!) { createCoach(name: "Matris", municipalityId: $m, fte: -1, employedFrom: "${DAY}") { id } }`,
    variables: { m: c.municipality },
  }),
  updateCoach: (c) => ({
    query: 'mutation($id: UUID!) { updateCoach(id: $id, name: "Matris") { id } }',
    variables: { id: c.missing },
  }),
  createParticipant: (c) => ({
    query: `mutation($m: UUID!) { createParticipant(personnummer: "not-a-number", firstName: "A", lastName: "B", homeMunicipalityId: $m) { id } }`,
    variables: { m: c.municipality },
  }),
  updateParticipant: (c) => ({
    query: 'mutation($id: UUID!) { updateParticipant(id: $id, version: 1, firstName: "A") { id } }',
    variables: { id: c.missing },
  }),
  eraseParticipant: (c) => ({
    query: 'mutation($id: UUID!) { eraseParticipant(participantId: $id, reason: "Matris") { id } }',
    variables: { id: c.missing },
  }),
  recordConsent: (c) => ({
    query: `mutation($id: UUID!) { recordConsent(participantId: $id, purpose: SUS_REGISTRATION, givenOn: "${DAY}", method: WRITTEN) { id } }`,
    variables: { id: c.missing },
  }),
  withdrawConsent: (c) => ({
    query: `mutation($id: UUID!) { withdrawConsent(id: $id, withdrawnOn: "${DAY}") { id } }`,
    variables: { id: c.missing },
  }),
  createReferral: (c) => ({
    query: `mutation($m: UUID!, $p: UUID!) { createReferral(person: { personnummer: "not-a-number", firstName: "A", lastName: "B" }, municipalityId: $m, projectId: $p, receivedOn: "${DAY}", referrerOrganisation: FK) { id } }`,
    variables: { m: c.municipality, p: c.project },
  }),
  decideReferral: (c) => ({
    query: `mutation($id: UUID!) { decideReferral(id: $id, action: NOT_NOW, decidedOn: "${DAY}", version: 1) { id } }`,
    variables: { id: c.missing },
  }),
  acceptReferral: (c) => ({
    query: `mutation($id: UUID!) { acceptReferral(id: $id, version: 1, decidedOn: "${DAY}", coachId: $id, enrolledOn: "${DAY}", compensationAtStart: ["salary"]) { id } }`,
    variables: { id: c.missing },
  }),
  escalateReferral: (c) => ({
    query: `mutation($id: UUID!) { escalateReferral(id: $id, decidedOn: "${DAY}", version: 1) { id } }`,
    variables: { id: c.missing },
  }),
  createSeGroupMeeting: (c) => ({
    query: `mutation($m: UUID!) { createSeGroupMeeting(municipalityId: $m, heldOn: "1999-01-01") { id } }`,
    variables: { m: c.municipality },
  }),
  updateSeGroupMeeting: (c) => ({
    query: 'mutation($id: UUID!) { updateSeGroupMeeting(id: $id, notes: "Matris") { id } }',
    variables: { id: c.missing },
  }),
  createEnrollment: (c) => ({
    query: `mutation($id: UUID!, $p: UUID!) { createEnrollment(participantId: $id, coachId: $id, projectId: $p, enrolledOn: "${DAY}", compensationAtStart: ["salary"]) { id } }`,
    variables: { id: c.missing, p: c.project },
  }),
  moveEnrollmentPhase: (c) => ({
    query: `mutation($id: UUID!) { moveEnrollmentPhase(id: $id, phase: JOB_FINDING, on: "${DAY}", version: 1) { id } }`,
    variables: { id: c.missing },
  }),
  dischargeEnrollment: (c) => ({
    query: `mutation($id: UUID!) { dischargeEnrollment(id: $id, on: "${DAY}", reason: "got_work", compensationAtEnd: ["salary"], occupationAfter: "employment", version: 1) { id } }`,
    variables: { id: c.missing },
  }),
  reContactEnrollment: (c) => ({
    query: `mutation($id: UUID!) { reContactEnrollment(id: $id, on: "${DAY}", version: 1) { id } }`,
    variables: { id: c.missing },
  }),
  recordIncomeDuring: (c) => ({
    query:
      'mutation($id: UUID!) { recordIncomeDuring(id: $id, compensationDuring: ["salary"], version: 1) { id } }',
    variables: { id: c.missing },
  }),
  createPlacement: (c) => ({
    query: `mutation($id: UUID!) { createPlacement(enrollmentId: $id, kind: STUDIES, startedOn: "${DAY}") { id } }`,
    variables: { id: c.missing },
  }),
  updatePlacement: (c) => ({
    query: `mutation($id: UUID!) { updatePlacement(id: $id, endedOn: "${DAY}") { id } }`,
    variables: { id: c.missing },
  }),
  recordFollowUp: (c) => ({
    query: `mutation($id: UUID!) { recordFollowUp(id: $id, doneOn: "${DAY}", working: true, studying: false) { id } }`,
    variables: { id: c.missing },
  }),
  createEmployer: () => ({ query: 'mutation { createEmployer(name: "") { id } }' }),
  updateEmployer: (c) => ({
    query: 'mutation($id: UUID!) { updateEmployer(id: $id, name: "Matris") { id } }',
    variables: { id: c.missing },
  }),
  deleteEmployer: (c) => ({
    query: 'mutation($id: UUID!) { deleteEmployer(id: $id) { id } }',
    variables: { id: c.missing },
  }),
  createQuestionnaireVersion: () => ({
    query:
      'mutation { createQuestionnaireVersion(input: { key: "", titleSv: "", titleEn: "", respondent: PARTICIPANT, questions: [] }) { id } }',
  }),
  createSurveyInvitation: (c) => ({
    query:
      'mutation($id: UUID!) { createSurveyInvitation(enrollmentId: $id, questionnaireId: $id, trigger: DISCHARGE) { id } }',
    variables: { id: c.missing },
  }),
  recordSurveyResponse: (c) => ({
    query: `mutation($id: UUID!) { recordSurveyResponse(enrollmentId: $id, questionnaireId: $id, trigger: DISCHARGE, answeredOn: "${DAY}", answers: []) { id } }`,
    variables: { id: c.missing },
  }),
  recordAssessment: (c) => ({
    query: `mutation($id: UUID!) { recordAssessment(participantId: $id, definition: "doa", on: "${DAY}", scores: []) { id } }`,
    variables: { id: c.missing },
  }),
  signAttestation: (c) => ({
    query:
      'mutation($m: UUID!, $p: UUID!) { signAttestation(municipalityId: $m, projectId: $p, halfYear: "2099H1", statement: "Ett intyg om arbetet.") { id } }',
    variables: { m: c.municipality, p: c.project },
  }),
  decideReallocation: (c) => ({
    query: 'mutation($i: DecideReallocationInput!) { decideReallocation(input: $i) { id } }',
    variables: { i: decision(c) },
  }),
  proposeReallocation: (c) => ({
    query: 'mutation($i: DecideReallocationInput!) { proposeReallocation(input: $i) { id } }',
    variables: { i: decision(c) },
  }),
  reviewReallocationProposal: (c) => ({
    query:
      'mutation($id: UUID!) { reviewReallocationProposal(id: $id, approve: false, note: "Matris") { id } }',
    variables: { id: c.missing },
  }),
  updateReallocationSettings: (c) => ({
    query:
      'mutation($i: ReallocationSettingsInput!) { updateReallocationSettings(input: $i) { decisionMode } }',
    variables: { i: { projectId: c.missing, decisionMode: 'DELEGATED', bounds: [] } },
  }),
  createUser: () => ({
    query:
      'mutation { createUser(email: "not-an-address", name: "X", role: BOARD, password: "ett-långt-lösenord") { id } }',
  }),
  updateUser: (c) => ({
    query: 'mutation($id: UUID!) { updateUser(id: $id, version: 1, name: "Matris") { id } }',
    variables: { id: c.missing },
  }),
  setRetentionRule: () => ({
    query: 'mutation { setRetentionRule(kind: AUDIT_LOG, years: -1) { kind } }',
  }),
  runRetention: () => ({ query: 'mutation { runRetention(dryRun: true) { dryRun } }' }),
};

/** A reallocation that cannot pass: an old version of the allocation. */
function decision(c: CallContext) {
  return {
    projectId: c.project,
    effectiveFrom: '2026-02-01',
    expectedVersion: -1,
    idempotencyKey: `matris-${c.municipality}`,
    reason: 'Matris',
    lines: LINES(c),
  };
}
