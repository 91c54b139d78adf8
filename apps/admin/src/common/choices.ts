// Choices for enum inputs; names are translation keys under app.enum.*.
import type {
  Gender,
  ParticipantStatus,
  Phase,
  ReferralAction,
  Role,
  TargetGroupFactor,
} from '../api/types';

function choices<T extends string>(type: string, values: readonly T[]) {
  return values.map((id) => ({ id, name: `app.enum.${type}.${id}` }));
}

export const GENDERS: readonly Gender[] = ['FEMALE', 'MALE', 'OTHER'];
export const PHASES: readonly Phase[] = [
  'AGREEMENT',
  'VOCATIONAL_PROFILE',
  'JOB_FINDING',
  'EMPLOYER_ENGAGEMENT',
  'SUPPORT_ON_OFF_JOB',
];
export const REFERRAL_STATES = [
  'RECEIVED',
  'ACCEPTED',
  'NOT_NOW',
  'DECLINED',
  'ESCALATED',
] as const;
export const REFERRAL_ACTIONS: readonly ReferralAction[] = [
  'ACCEPT',
  'NOT_NOW',
  'DECLINE',
  'ESCALATE',
];
export const REFERRER_ORGANISATIONS = ['AF', 'FK', 'MUNICIPALITY', 'REGION'] as const;
export const PLACEMENT_KINDS = [
  'JOB_TASTING',
  'WORK_TRIAL',
  'EMPLOYMENT',
  'SUBSIDISED_EMPLOYMENT',
  'STUDIES',
] as const;
export const ROLE_VALUES: readonly Role[] = [
  'BOARD',
  'STEERING',
  'MANAGER',
  'MUNICIPAL_CHIEF',
  'COACH',
  'REFERRER',
  'EXTERNAL',
];
// The ids are the API's enum values (what the gateway accepts and returns); the labels are
// translations under app.enum.TargetGroupFactor.*.
export const TARGET_GROUP_FACTORS: readonly TargetGroupFactor[] = [
  'DISABILITY',
  'MENTAL_ILL_HEALTH',
  'SUBSTANCE_ABUSE',
];
export const PARTICIPANT_STATUSES: readonly ParticipantStatus[] = [
  'ACTIVE',
  'WAITING',
  'DISCHARGED',
];

export const genderChoices = choices('Gender', GENDERS);
export const phaseChoices = choices('Phase', PHASES);
export const referralStateChoices = choices('ReferralState', REFERRAL_STATES);
export const referralActionChoices = choices('ReferralAction', REFERRAL_ACTIONS);
export const referrerOrganisationChoices = choices('ReferrerOrganisation', REFERRER_ORGANISATIONS);
export const placementKindChoices = choices('PlacementKind', PLACEMENT_KINDS);
export const roleChoices = choices('Role', ROLE_VALUES);
export const targetGroupChoices = choices('TargetGroupFactor', TARGET_GROUP_FACTORS);
export const participantStatusChoices = choices('ParticipantStatus', PARTICIPANT_STATUSES);

// Code lists of the domain (income sources, occupation after, discharge reasons).
export const INCOME_SOURCES = [
  'activity_compensation',
  'sickness_compensation',
  'sickness_benefit',
  'rehabilitation_benefit',
  'activity_support',
  'development_allowance',
  'unemployment_benefit',
  'financial_assistance',
  'wage_subsidy_salary',
  'other_public',
  'salary',
  'student_aid',
  'no_public_support',
] as const;
export const OCCUPATIONS_AFTER = [
  'employment',
  'self_employment',
  'subsidised_employment',
  'studies',
  'job_seeking',
  'other_intervention',
  'sick_leave',
  'other',
  'unknown',
] as const;
export const DISCHARGE_REASONS = [
  'got_work',
  'started_studies',
  'other_intervention',
  'health',
  'not_motivated',
  'moved',
  'no_contact',
  'project_ended',
  'other',
] as const;

export const incomeChoices = choices('income', INCOME_SOURCES);
export const occupationChoices = choices('occupation', OCCUPATIONS_AFTER);
export const dischargeReasonChoices = choices('dischargeReason', DISCHARGE_REASONS);
