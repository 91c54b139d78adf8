// Assessments (bedömningar), the audit log and the SUS export: named operations of the gateway.
import type { GraphQLCall } from './graphqlFetch';

export interface AssessmentItem {
  key: string;
  area: string;
  textSv: string;
  textEn: string;
}
export interface AssessmentDefinition {
  key: string;
  kind: string;
  titleSv: string;
  titleEn: string;
  version: number;
  items: AssessmentItem[];
}
export interface AssessmentScore {
  item: string;
  score: number;
}
export interface Assessment {
  id: string;
  participantId: string;
  definition: string;
  definitionVersion: number;
  on: string;
  note: string | null;
  recordedByName: string | null;
  scores: AssessmentScore[];
}
export interface AssessmentItemChange {
  item: string;
  first: number;
  last: number;
  change: number;
}
export interface AssessmentChange {
  definition: string;
  assessments: number;
  from: string;
  to: string;
  meanFirst: number;
  meanLast: number;
  meanChange: number;
  items: AssessmentItemChange[];
}
export interface ParticipantAssessments {
  participantId: string;
  assessments: Assessment[];
  changes: AssessmentChange[];
}
export interface RecordAssessmentParams {
  participantId: string;
  definition: string;
  on: string;
  note?: string | null;
  scores: AssessmentScore[];
}
export interface AuditEntry {
  id: string;
  at: string;
  action: string;
  entity: string;
  /** Every record of the action (a list read holds the whole page). */
  entityIds: string[];
  userId: string | null;
  userName: string | null;
  role: string | null;
  requestId: string | null;
}
export interface AuditLogFilter {
  entity?: string;
  entityId?: string;
  userId?: string;
  from?: string;
  to?: string;
}
export interface AuditLogPage {
  entries: AuditEntry[];
  total: number;
}

const ASSESSMENT =
  'id participantId definition definitionVersion on note recordedByName scores { item score }';

export const ASSESSMENT_DEFINITIONS = `query AssessmentDefinitions {
  assessmentDefinitions { key kind titleSv titleEn version items { key area textSv textEn } }
}`;
export const PARTICIPANT_ASSESSMENTS = `query ParticipantAssessments($participantId: ID!) {
  participantAssessments(participantId: $participantId) {
    participantId
    assessments { ${ASSESSMENT} }
    changes { definition assessments from to meanFirst meanLast meanChange items { item first last change } }
  }
}`;
export const RECORD_ASSESSMENT = `mutation RecordAssessment($participantId: ID!, $definition: String!, $on: LocalDate!, $note: String, $scores: [AssessmentScoreInput!]!) {
  recordAssessment(participantId: $participantId, definition: $definition, on: $on, note: $note, scores: $scores) { ${ASSESSMENT} }
}`;
export const AUDIT_LOG = `query AuditLog($page: Int, $perPage: Int, $entity: String, $entityId: ID, $userId: ID, $from: LocalDate, $to: LocalDate) {
  auditLog(page: $page, perPage: $perPage, entity: $entity, entityId: $entityId, userId: $userId, from: $from, to: $to) {
    id at action entity entityIds userId userName role requestId
  }
  _auditLogMeta(entity: $entity, entityId: $entityId, userId: $userId, from: $from, to: $to) { count }
}`;
export const SUS_EXPORT = `query SusExport($from: LocalDate!, $to: LocalDate!) {
  susExport(from: $from, to: $to)
}`;

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
      (await call<{ assessmentDefinitions: AssessmentDefinition[] }>(ASSESSMENT_DEFINITIONS))
        .assessmentDefinitions,
    participantAssessments: async (participantId) =>
      (
        await call<{ participantAssessments: ParticipantAssessments }>(PARTICIPANT_ASSESSMENTS, {
          participantId,
        })
      ).participantAssessments,
    recordAssessment: async (p) =>
      (await call<{ recordAssessment: Assessment }>(RECORD_ASSESSMENT, { ...p })).recordAssessment,
    auditLog: async (p) => {
      const data = await call<{ auditLog: AuditEntry[]; _auditLogMeta: { count: number } }>(
        AUDIT_LOG,
        { ...p },
      );
      return { entries: data.auditLog, total: data._auditLogMeta.count };
    },
    susExport: async (p) => (await call<{ susExport: string }>(SUS_EXPORT, { ...p })).susExport,
  };
}
