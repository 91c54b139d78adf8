// Personal data lifecycle (GDPR): consent, register extract, erasure, history, retention.
import type { GraphQLCall } from './graphqlFetch';

export type ConsentPurpose = 'PARTICIPATION' | 'SUS_REGISTRATION' | 'SURVEYS' | 'FOLLOW_UP_CONTACT';
export type ConsentMethod = 'WRITTEN' | 'VERBAL' | 'DIGITAL';
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = [
  'PARTICIPATION',
  'SUS_REGISTRATION',
  'SURVEYS',
  'FOLLOW_UP_CONTACT',
];
export const CONSENT_METHODS: readonly ConsentMethod[] = ['WRITTEN', 'VERBAL', 'DIGITAL'];

export interface Consent {
  id: string;
  participantId: string;
  purpose: ConsentPurpose;
  givenOn: string;
  method: ConsentMethod;
  recordedByName: string | null;
  withdrawnOn: string | null;
  active: boolean;
}
export interface ParticipantChange {
  id: string;
  changedAt: string;
  changedByName: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}
export interface RegisterExtract {
  json: string;
  html: string;
  generatedAt: string;
}
export type RetentionKind = 'IDENTIFYING_DATA' | 'AUDIT_LOG';
export interface RetentionRule {
  kind: RetentionKind;
  years: number;
  isDefault: boolean;
}
export interface RetentionResult {
  dryRun: boolean;
  asOf: string;
  identifyingYears: number;
  auditYears: number;
  participants: { participantId: string; lastEndedOn: string }[];
  participantsAnonymised: number;
  auditRowsDeleted: number;
  runId: string | null;
}
export interface RetentionRun {
  id: string;
  runAt: string;
  asOf: string;
  runByName: string | null;
  identifyingYears: number;
  auditYears: number;
  participantsAnonymised: number;
  auditRowsDeleted: number;
}

const CONSENT = 'id participantId purpose givenOn method recordedByName withdrawnOn active';
export const PARTICIPANT_CONSENTS = `query ParticipantConsents($participantId: ID!) {
  participantConsents(participantId: $participantId) { ${CONSENT} }
}`;
export const RECORD_CONSENT = `mutation RecordConsent($participantId: ID!, $purpose: ConsentPurpose!, $givenOn: LocalDate!, $method: ConsentMethod!) {
  recordConsent(participantId: $participantId, purpose: $purpose, givenOn: $givenOn, method: $method) { ${CONSENT} }
}`;
export const WITHDRAW_CONSENT = `mutation WithdrawConsent($id: ID!, $withdrawnOn: LocalDate!) {
  withdrawConsent(id: $id, withdrawnOn: $withdrawnOn) { ${CONSENT} }
}`;
export const PARTICIPANT_HISTORY = `query ParticipantHistory($participantId: ID!) {
  participantHistory(participantId: $participantId) { id changedAt changedByName field oldValue newValue }
}`;
export const REGISTER_EXTRACT = `query RegisterExtract($participantId: ID!) {
  registerExtract(participantId: $participantId) { json html generatedAt }
}`;
export const ERASE_PARTICIPANT = `mutation EraseParticipant($participantId: ID!, $reason: String!) {
  eraseParticipant(participantId: $participantId, reason: $reason) { id firstName lastName version }
}`;
export const RETENTION_RULES = `query RetentionRules { retentionRules { kind years isDefault } }`;
export const SET_RETENTION_RULE = `mutation SetRetentionRule($kind: RetentionKind!, $years: Int!) {
  setRetentionRule(kind: $kind, years: $years) { kind years isDefault }
}`;
export const RETENTION_RUNS = `query RetentionRuns {
  retentionRuns { id runAt asOf runByName identifyingYears auditYears participantsAnonymised auditRowsDeleted }
}`;
export const RUN_RETENTION = `mutation RunRetention($dryRun: Boolean!) {
  runRetention(dryRun: $dryRun) { dryRun asOf identifyingYears auditYears participantsAnonymised auditRowsDeleted runId participants { participantId lastEndedOn } }
}`;
export const SET_USER_ACTIVE = `mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {
  updateUser(id: $id, version: $version, active: $active) { id active version lastLoginAt }
}`;

export interface PersonalDataOperations {
  participantConsents(participantId: string): Promise<Consent[]>;
  recordConsent(p: {
    participantId: string;
    purpose: ConsentPurpose;
    givenOn: string;
    method: ConsentMethod;
  }): Promise<Consent>;
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
      (await call<{ participantConsents: Consent[] }>(PARTICIPANT_CONSENTS, { participantId }))
        .participantConsents,
    recordConsent: async (p) =>
      (await call<{ recordConsent: Consent }>(RECORD_CONSENT, { ...p })).recordConsent,
    withdrawConsent: async (p) =>
      (await call<{ withdrawConsent: Consent }>(WITHDRAW_CONSENT, { ...p })).withdrawConsent,
    participantHistory: async (participantId) =>
      (
        await call<{ participantHistory: ParticipantChange[] }>(PARTICIPANT_HISTORY, {
          participantId,
        })
      ).participantHistory,
    registerExtract: async (participantId) =>
      (await call<{ registerExtract: RegisterExtract }>(REGISTER_EXTRACT, { participantId }))
        .registerExtract,
    eraseParticipant: async (p) =>
      (await call<{ eraseParticipant: unknown }>(ERASE_PARTICIPANT, { ...p })).eraseParticipant,
    retentionRules: async () =>
      (await call<{ retentionRules: RetentionRule[] }>(RETENTION_RULES)).retentionRules,
    setRetentionRule: async (p) =>
      (await call<{ setRetentionRule: RetentionRule[] }>(SET_RETENTION_RULE, { ...p }))
        .setRetentionRule,
    retentionRuns: async () =>
      (await call<{ retentionRuns: RetentionRun[] }>(RETENTION_RUNS)).retentionRuns,
    runRetention: async (dryRun) =>
      (await call<{ runRetention: RetentionResult }>(RUN_RETENTION, { dryRun })).runRetention,
    setUserActive: async (p) =>
      (await call<{ updateUser: unknown }>(SET_USER_ACTIVE, { ...p })).updateUser,
  };
}
