import { registerEnumType } from 'type-graphql';

// GraphQL names are UPPER_SNAKE; the values are the domain's own strings.
export const RoleEnum = {
  BOARD: 'board',
  STEERING: 'steering',
  MANAGER: 'manager',
  MUNICIPAL_CHIEF: 'municipal_chief',
  COACH: 'coach',
  REFERRER: 'referrer',
  EXTERNAL: 'external',
} as const;
export const GenderEnum = { FEMALE: 'female', MALE: 'male', OTHER: 'other' } as const;
export const ReferralStateEnum = {
  RECEIVED: 'received',
  ACCEPTED: 'accepted',
  NOT_NOW: 'not_now',
  DECLINED: 'declined',
  ESCALATED: 'escalated',
} as const;
export const ReferralActionEnum = {
  ACCEPT: 'accept',
  NOT_NOW: 'not_now',
  DECLINE: 'decline',
  ESCALATE: 'escalate',
} as const;
export const PhaseEnum = {
  AGREEMENT: 'agreement',
  VOCATIONAL_PROFILE: 'vocational_profile',
  JOB_FINDING: 'job_finding',
  EMPLOYER_ENGAGEMENT: 'employer_engagement',
  SUPPORT_ON_OFF_JOB: 'support_on_off_job',
} as const;
export const ApportionMethodEnum = {
  HAMILTON: 'hamilton',
  WEBSTER: 'webster',
  DHONDT: 'dhondt',
  HUNTINGTON_HILL: 'huntington-hill',
  ADAMS: 'adams',
} as const;
export const PlacementKindEnum = {
  JOB_TASTING: 'job_tasting',
  WORK_TRIAL: 'work_trial',
  EMPLOYMENT: 'employment',
  SUBSIDISED_EMPLOYMENT: 'subsidised_employment',
  STUDIES: 'studies',
} as const;
export const ReferrerOrganisationEnum = {
  FK: 'FK',
  AF: 'AF',
  REGION: 'REGION',
  MUNICIPALITY: 'MUNICIPALITY',
} as const;
export const ParticipantStatusEnum = {
  ACTIVE: 'active',
  WAITING: 'waiting',
  DISCHARGED: 'discharged',
} as const;
export const TargetGroupFactorEnum = {
  DISABILITY: 'disability',
  MENTAL_ILL_HEALTH: 'mental_ill_health',
  SUBSTANCE_ABUSE: 'substance_abuse',
} as const;

registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'Styrelse, beredningsgrupp, förbundschef, chef på kommunnivå, jobbcoach, handläggare, annat förbund.',
});
registerEnumType(GenderEnum, { name: 'Gender' });
registerEnumType(ReferralStateEnum, { name: 'ReferralState' });
registerEnumType(ReferralActionEnum, { name: 'ReferralAction' });
registerEnumType(PhaseEnum, { name: 'Phase', description: 'The five SE steps, in order.' });
registerEnumType(ApportionMethodEnum, { name: 'ApportionMethod' });
registerEnumType(PlacementKindEnum, { name: 'PlacementKind' });
registerEnumType(ReferrerOrganisationEnum, { name: 'ReferrerOrganisation' });
registerEnumType(TargetGroupFactorEnum, { name: 'TargetGroupFactor' });
registerEnumType(ParticipantStatusEnum, {
  name: 'ParticipantStatus',
  description:
    'ACTIVE: enrolled now (an open enrollment); WAITING: registered or referred, never enrolled; DISCHARGED: enrolled before, none open.',
});

export type ValueOf<T> = T[keyof T];
