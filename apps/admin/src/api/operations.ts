// GraphQL documents of the named operations (contract: /contract/graphql-contract.md).

const ME = 'id email name role municipalityId coachId associationName';
const ALLOCATION_ROW =
  'municipalityId municipalityName fte activeParticipants caseloadPerFte band referralsWaiting';
const BUDGET_EFFECT = 'budget committed forecastBefore forecastAfter marginBefore marginAfter';
const REALLOCATION =
  'id projectId effectiveFrom reason decidedByName decidedAt method decisionMode delegationReference proposedByName lines { municipalityId municipalityName fteBefore fteAfter }';
const REFERRAL =
  'id participantId participantName enrollmentId municipalityId projectId referrerOrganisation receivedOn state version decisions { action state decidedOn decidedByName note meetingId }';
const ENROLLMENT =
  'id participantId participantName coachId municipalityId projectId enrolledOn currentPhase phases { phase on } dischargedOn dischargeReason compensationAtStart compensationDuring compensationAtEnd occupationAfter version';

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { ${ME} } }
}`;
export const LOGOUT = 'mutation Logout { logout }';
export const ME_QUERY = `query Me { me { ${ME} } }`;

export const ALLOCATION = `query Allocation($projectId: ID!, $asOf: LocalDate!, $windowMonths: Int) {
  allocation(projectId: $projectId, asOf: $asOf, windowMonths: $windowMonths) {
    projectId asOf version totalFte rows { ${ALLOCATION_ROW} meanActive capacity }
    window { months from to }
    budgetYear budget committed forecast margin
  }
}`;

export const CASELOAD_SERIES = `query CaseloadSeries($projectId: ID!, $from: LocalDate!, $to: LocalDate!) {
  caseloadSeries(projectId: $projectId, from: $from, to: $to) {
    months target
    municipalities { key label municipalityId points { month activeParticipants fte perFte band } }
  }
}`;

export const REALLOCATION_PLAN = `query ReallocationPlan($projectId: ID!, $method: ApportionMethod!, $step: Float!, $effectiveFrom: LocalDate!, $bounds: [BoundInput!], $windowMonths: Int) {
  reallocationPlan(projectId: $projectId, method: $method, step: $step, effectiveFrom: $effectiveFrom, bounds: $bounds, windowMonths: $windowMonths) {
    projectId method step effectiveFrom allocationVersion totalFte window { months from to }
    lines { municipalityId municipalityName currentFte suggestedFte change activeParticipants quota caseloadBefore caseloadAfter bandBefore bandAfter meanActive capacityBefore capacityAfter minFte maxFte costBefore costAfter }
    budgetEffect { ${BUDGET_EFFECT} }
  }
}`;

export const VALIDATE_DRAFT = `query ValidateReallocationDraft($projectId: ID!, $effectiveFrom: LocalDate!, $lines: [ReallocationLineInput!]!, $step: Float) {
  validateReallocationDraft(projectId: $projectId, effectiveFrom: $effectiveFrom, lines: $lines, step: $step) {
    violations { code message municipalityId }
    budgetEffect { ${BUDGET_EFFECT} }
  }
}`;

export const DECIDE_REALLOCATION = `mutation DecideReallocation($input: DecideReallocationInput!) {
  decideReallocation(input: $input) { ${REALLOCATION} }
}`;

const MEETING_CADENCE_FIELDS =
  'municipalityId municipalityName from until months monthsMet missedMonths lastHeldOn behind';

export const DASHBOARD = `query Dashboard($projectId: ID!, $asOf: LocalDate!) {
  dashboard(projectId: $projectId, asOf: $asOf) {
    projectId asOf referralsWaiting budget committed
    outcome { goal discharged toWorkOrStudies share byGender { gender discharged toWorkOrStudies share } }
    capacity { ${ALLOCATION_ROW} }
    attestationsDue { municipalityId municipalityName halfYear }
    meetingCadence { ${MEETING_CADENCE_FIELDS} }
  }
}`;

export const MEETING_CADENCE = `query MeetingCadence($asOf: LocalDate!, $months: Int) {
  seGroupMeetingCadence(asOf: $asOf, months: $months) { ${MEETING_CADENCE_FIELDS} }
}`;

export const DECIDE_REFERRAL = `mutation DecideReferral($id: ID!, $action: ReferralAction!, $decidedOn: LocalDate!, $note: String, $meetingId: ID, $version: Int!) {
  decideReferral(id: $id, action: $action, decidedOn: $decidedOn, note: $note, meetingId: $meetingId, version: $version) { ${REFERRAL} }
}`;

export const ACCEPT_REFERRAL = `mutation AcceptReferral($id: ID!, $decidedOn: LocalDate!, $version: Int!, $coachId: ID!, $enrolledOn: LocalDate!, $compensationAtStart: [String!]!, $meetingId: ID, $note: String) {
  acceptReferral(id: $id, decidedOn: $decidedOn, version: $version, coachId: $coachId, enrolledOn: $enrolledOn, compensationAtStart: $compensationAtStart, meetingId: $meetingId, note: $note) { ${REFERRAL} }
}`;

export const MOVE_ENROLLMENT_PHASE = `mutation MoveEnrollmentPhase($id: ID!, $phase: Phase!, $on: LocalDate!, $version: Int!) {
  moveEnrollmentPhase(id: $id, phase: $phase, on: $on, version: $version) { ${ENROLLMENT} }
}`;

export const RECORD_INCOME_DURING = `mutation RecordIncomeDuring($id: ID!, $compensationDuring: [String!]!, $version: Int!) {
  recordIncomeDuring(id: $id, compensationDuring: $compensationDuring, version: $version) { ${ENROLLMENT} }
}`;

export const DISCHARGE_ENROLLMENT = `mutation DischargeEnrollment($id: ID!, $on: LocalDate!, $reason: String!, $compensationAtEnd: [String!]!, $occupationAfter: String!, $followUp: Boolean, $version: Int!) {
  dischargeEnrollment(id: $id, on: $on, reason: $reason, compensationAtEnd: $compensationAtEnd, occupationAfter: $occupationAfter, followUp: $followUp, version: $version) { ${ENROLLMENT} }
}`;

export const SIGN_ATTESTATION = `mutation SignAttestation($municipalityId: ID!, $projectId: ID!, $halfYear: String!, $statement: String!) {
  signAttestation(municipalityId: $municipalityId, projectId: $projectId, halfYear: $halfYear, statement: $statement) {
    id municipalityId projectId halfYear signedByName signedOn statement
  }
}`;

export function reportDocument(name: string): string {
  return `query Report($filter: ReportFilter!) {
  report: ${name}(filter: $filter) {
    title titleEn notes csv columns { key label labelEn unit }
    rows { key label labelEn cells { column count share value suppressed } }
  }
}`;
}

const QUESTION = 'key scale textSv textEn metric agreeFrom required';

export const QUESTIONNAIRES = `query Questionnaires {
  questionnaires { id key version titleSv titleEn respondent latest questions { ${QUESTION} } }
}`;

export const CREATE_SURVEY_INVITATION = `mutation CreateSurveyInvitation($enrollmentId: ID!, $questionnaireId: ID!, $trigger: SurveyTrigger!, $placementId: ID, $anonymous: Boolean) {
  createSurveyInvitation(enrollmentId: $enrollmentId, questionnaireId: $questionnaireId, trigger: $trigger, placementId: $placementId, anonymous: $anonymous) {
    id path expiresAt usedAt trigger anonymous
  }
}`;

export const RECORD_SURVEY_RESPONSE = `mutation RecordSurveyResponse($enrollmentId: ID!, $questionnaireId: ID!, $trigger: SurveyTrigger!, $answeredOn: LocalDate!, $answers: [SurveyAnswerInput!]!, $placementId: ID, $anonymous: Boolean) {
  recordSurveyResponse(enrollmentId: $enrollmentId, questionnaireId: $questionnaireId, trigger: $trigger, answeredOn: $answeredOn, answers: $answers, placementId: $placementId, anonymous: $anonymous) {
    id questionnaireId trigger channel answeredOn answers { question value }
  }
}`;

export const SURVEY_RESPONSES = `query SurveyResponses($enrollmentId: ID!) {
  surveyResponses(enrollmentId: $enrollmentId) { id questionnaireId trigger channel answeredOn answers { question value } }
}`;

export const SURVEY_BY_TOKEN = `query SurveyByToken($token: String!) {
  surveyByToken(token: $token) { titleSv titleEn respondent anonymous expiresAt questions { ${QUESTION} } }
}`;

export const SUBMIT_SURVEY_RESPONSE = `mutation SubmitSurveyResponse($token: String!, $answers: [SurveyAnswerInput!]!) {
  submitSurveyResponse(token: $token, answers: $answers)
}`;
