import { declaredResources } from '../schema/resolvers.js';
import type { Action } from './policy-table.js';

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** The Query fields of the declared resources (define-resource.ts), with their action. */
const declaredQueries = Object.assign(
  {},
  ...declaredResources.map((resource) => resource.operations),
) as Intersection<(typeof declaredResources)[number]['operations']>;

/** Their Mutation fields, with the action each declaration gives. */
const declaredMutations = Object.assign(
  {},
  ...declaredResources.map((resource) => resource.writes),
) as Intersection<(typeof declaredResources)[number]['writes']>;

/**
 * Which policy action each Query and Mutation field of schema.graphql is checked against
 * (the service behind it calls `authorize`/`scopeFilter` with it). `public` fields need no
 * sign-in: logging in, and the survey link whose token is the credential. The list, count and
 * single read of a declared resource, and the writes it names, come from its declaration
 * (schema/define-resource.ts); the rest are listed here.
 * operation-actions.test.ts fails when a schema field has no entry here, and the role-matrix
 * test runs every entry for every role.
 */
export const OPERATION_ACTIONS = {
  query: {
    ...declaredQueries,
    me: 'session.use',
    codeLists: 'session.use',
    surveyByToken: 'public',
    participantHistory: 'participant.read',
    registerExtract: 'participant.extract',
    susExport: 'participant.export',
    participantConsents: 'consent.read',
    allSeGroupMeetings: 'seGroupMeeting.read',
    _allSeGroupMeetingsMeta: 'seGroupMeeting.read',
    SeGroupMeeting: 'seGroupMeeting.read',
    seGroupMeetingCadence: 'seGroupMeeting.read',
    questionnaires: 'questionnaire.read',
    assessmentDefinitions: 'questionnaire.read',
    surveyInvitations: 'survey.send',
    surveyResponses: 'survey.readAnswers',
    participantAssessments: 'assessment.read',
    dashboard: 'dashboard.read',
    allocation: 'reallocation.read',
    reallocationPlan: 'reallocation.read',
    validateReallocationDraft: 'reallocation.read',
    reallocationSettings: 'reallocation.read',
    reallocationProposals: 'reallocation.read',
    caseloadSeries: 'reallocation.readCaseload',
    outcomeReport: 'report.read',
    boardReports: 'boardReport.read',
    transitionMatrix: 'report.read',
    phaseFunnel: 'report.read',
    afterSupportReport: 'report.read',
    fidelityReport: 'report.read',
    selfSupportingReport: 'report.read',
    surveyReport: 'report.read',
    assessmentChangeReport: 'report.read',
    costReport: 'report.readCosts',
    referralStats: 'report.readCosts',
    accessReview: 'user.read',
    auditLog: 'auditLog.read',
    _auditLogMeta: 'auditLog.read',
    retentionRules: 'retention.read',
    retentionRuns: 'retention.read',
    myTasks: 'todo.read',
    mailOutbox: 'outbox.read',
    jobFailures: 'job.read',
  },
  mutation: {
    ...declaredMutations,
    login: 'public',
    submitSurveyResponse: 'public',
    logout: 'session.use',
    refreshSession: 'session.use',
    createCoach: 'coach.write',
    updateCoach: 'coach.write',
    eraseParticipant: 'participant.erase',
    recordConsent: 'consent.write',
    withdrawConsent: 'consent.write',
    createQuestionnaireVersion: 'questionnaire.write',
    createSurveyInvitation: 'survey.send',
    recordSurveyResponse: 'survey.send',
    recordAssessment: 'assessment.record',
    decideReallocation: 'reallocation.decide',
    produceBoardReport: 'boardReport.produce',
    proposeReallocation: 'reallocation.decide',
    reviewReallocationProposal: 'reallocation.review',
    updateReallocationSettings: 'reallocation.configure',
    setRetentionRule: 'retention.write',
    runRetention: 'retention.run',
  },
} as const satisfies Record<'query' | 'mutation', Readonly<Record<string, Action | 'public'>>>;
