// Choices for enum inputs, in the order the panel offers them; names are translation keys
// under app.enum.*. The values are typed by the schema's enums (generated) and choices.test.ts
// checks each list holds every value. The versioned code lists (income sources, occupation
// after, discharge reasons) come from the gateway: see codeListChoices.ts.
import type {
  Gender,
  ParticipantStatus,
  Phase,
  PlacementKind,
  ReferralAction,
  ReferralState,
  ReferrerOrganisation,
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
export const REFERRAL_STATES: readonly ReferralState[] = [
  'RECEIVED',
  'ACCEPTED',
  'NOT_NOW',
  'DECLINED',
  'ESCALATED',
];
export const REFERRAL_ACTIONS: readonly ReferralAction[] = [
  'ACCEPT',
  'NOT_NOW',
  'DECLINE',
  'ESCALATE',
];
export const REFERRER_ORGANISATIONS: readonly ReferrerOrganisation[] = [
  'AF',
  'FK',
  'MUNICIPALITY',
  'REGION',
];
export const PLACEMENT_KINDS: readonly PlacementKind[] = [
  'JOB_TASTING',
  'WORK_TRIAL',
  'EMPLOYMENT',
  'SUBSIDISED_EMPLOYMENT',
  'STUDIES',
];
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
