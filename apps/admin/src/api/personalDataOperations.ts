// Personal data lifecycle (GDPR): consent, register extract, erasure, history, retention.
import type { GraphQLCall } from './graphqlFetch';
import {
  EraseParticipantDocument,
  ParticipantConsentsDocument,
  ParticipantHistoryDocument,
  RecordConsentDocument,
  RegisterExtractDocument,
  RetentionRulesDocument,
  RetentionRunsDocument,
  RunRetentionDocument,
  SetRetentionRuleDocument,
  SetUserActiveDocument,
  WithdrawConsentDocument,
  type ConsentFieldsFragment,
  type ConsentMethod,
  type ConsentPurpose,
  type ParticipantHistoryQuery,
  type RecordConsentMutationVariables,
  type RegisterExtractQuery,
  type RetentionKind,
  type RetentionRuleFieldsFragment,
  type RetentionRunsQuery,
  type RunRetentionMutation,
} from './generated/graphql';

export type { ConsentMethod, ConsentPurpose, RetentionKind };
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = [
  'PARTICIPATION',
  'SUS_REGISTRATION',
  'SURVEYS',
  'FOLLOW_UP_CONTACT',
];
export const CONSENT_METHODS: readonly ConsentMethod[] = ['WRITTEN', 'VERBAL', 'DIGITAL'];

export type Consent = ConsentFieldsFragment;
export type ParticipantChange = ParticipantHistoryQuery['participantHistory'][number];
export type RegisterExtract = RegisterExtractQuery['registerExtract'];
export type RetentionRule = RetentionRuleFieldsFragment;
export type RetentionResult = RunRetentionMutation['runRetention'];
export type RetentionRun = RetentionRunsQuery['retentionRuns'][number];

export interface PersonalDataOperations {
  participantConsents(participantId: string): Promise<Consent[]>;
  recordConsent(p: RecordConsentMutationVariables): Promise<Consent>;
  withdrawConsent(p: { id: string; withdrawnOn: string }): Promise<Consent>;
  participantHistory(participantId: string): Promise<ParticipantChange[]>;
  registerExtract(participantId: string): Promise<RegisterExtract>;
  eraseParticipant(p: { participantId: string; reason: string }): Promise<unknown>;
  retentionRules(): Promise<RetentionRule[]>;
  setRetentionRule(p: { kind: RetentionKind; years: number }): Promise<RetentionRule[]>;
  retentionRuns(): Promise<RetentionRun[]>;
  runRetention(dryRun: boolean): Promise<RetentionResult>;
  setUserActive(p: { id: string; version: number; active: boolean }): Promise<unknown>;
}

export function buildPersonalDataOperations(call: GraphQLCall): PersonalDataOperations {
  return {
    participantConsents: async (participantId) =>
      (await call(ParticipantConsentsDocument, { participantId })).participantConsents,
    recordConsent: async (p) => (await call(RecordConsentDocument, p)).recordConsent,
    withdrawConsent: async (p) => (await call(WithdrawConsentDocument, p)).withdrawConsent,
    participantHistory: async (participantId) =>
      (await call(ParticipantHistoryDocument, { participantId })).participantHistory,
    registerExtract: async (participantId) =>
      (await call(RegisterExtractDocument, { participantId })).registerExtract,
    eraseParticipant: async (p) => (await call(EraseParticipantDocument, p)).eraseParticipant,
    retentionRules: async () => (await call(RetentionRulesDocument)).retentionRules,
    setRetentionRule: async (p) => (await call(SetRetentionRuleDocument, p)).setRetentionRule,
    retentionRuns: async () => (await call(RetentionRunsDocument)).retentionRuns,
    runRetention: async (dryRun) => (await call(RunRetentionDocument, { dryRun })).runRetention,
    setUserActive: async (p) => (await call(SetUserActiveDocument, p)).updateUser,
  };
}
