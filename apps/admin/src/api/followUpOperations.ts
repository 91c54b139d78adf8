// Assessments (bedömningar), the audit log and the SUS export: named operations of the gateway.
import type { GraphQLCall } from './graphqlFetch';
import {
  AssessmentDefinitionsDocument,
  AuditLogDocument,
  ParticipantAssessmentsDocument,
  RecordAssessmentDocument,
  SusExportDocument,
  type AssessmentDefinitionsQuery,
  type AssessmentFieldsFragment,
  type AuditLogQuery,
  type AuditLogQueryVariables,
  type ParticipantAssessmentsQuery,
  type RecordAssessmentMutationVariables,
} from './generated/graphql';

export type AssessmentDefinition = AssessmentDefinitionsQuery['assessmentDefinitions'][number];
export type AssessmentItem = AssessmentDefinition['items'][number];
export type Assessment = AssessmentFieldsFragment;
export type AssessmentScore = Assessment['scores'][number];
export type ParticipantAssessments = ParticipantAssessmentsQuery['participantAssessments'];
export type AssessmentChange = ParticipantAssessments['changes'][number];
export type RecordAssessmentParams = RecordAssessmentMutationVariables;
/** One action of the audit log; `entityIds` holds every record (a list read, the whole page). */
export type AuditEntry = AuditLogQuery['auditLog'][number];
type AuditLogFilterVariables = Omit<AuditLogQueryVariables, 'page' | 'perPage'>;
/** The audit log's filter: what is left out is not filtered on. */
export type AuditLogFilter = {
  [K in keyof AuditLogFilterVariables]?: NonNullable<AuditLogFilterVariables[K]>;
};
export interface AuditLogPage {
  entries: AuditEntry[];
  total: number;
}

export interface FollowUpOperations {
  assessmentDefinitions(): Promise<AssessmentDefinition[]>;
  participantAssessments(participantId: string): Promise<ParticipantAssessments>;
  recordAssessment(p: RecordAssessmentParams): Promise<Assessment>;
  /** `page` is 0-based, as the gateway's. */
  auditLog(p: { page: number; perPage: number } & AuditLogFilter): Promise<AuditLogPage>;
  susExport(p: { from: string; to: string }): Promise<string>;
}

export function buildFollowUpOperations(call: GraphQLCall): FollowUpOperations {
  return {
    assessmentDefinitions: async () =>
      (await call(AssessmentDefinitionsDocument)).assessmentDefinitions,
    participantAssessments: async (participantId) =>
      (await call(ParticipantAssessmentsDocument, { participantId })).participantAssessments,
    recordAssessment: async (p) => (await call(RecordAssessmentDocument, p)).recordAssessment,
    auditLog: async (p) => {
      const data = await call(AuditLogDocument, p);
      return { entries: data.auditLog, total: data._auditLogMeta.count };
    },
    susExport: async (p) => (await call(SusExportDocument, p)).susExport,
  };
}
