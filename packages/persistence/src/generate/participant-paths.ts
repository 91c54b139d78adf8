/** The generator's code lists for a participant's path: outcomes, income before, phases. */
export type Outcome =
  | 'employment'
  | 'subsidised_employment'
  | 'studies'
  | 'job_seeking'
  | 'other_intervention'
  | 'sick_leave'
  | 'other';

export const incomeBefore: readonly (readonly [readonly string[], number])[] = [
  [['activity_compensation'], 30],
  [['financial_assistance'], 20],
  [['sickness_compensation'], 8],
  [['sickness_benefit'], 10],
  [['activity_support'], 12],
  [['development_allowance'], 6],
  [['unemployment_benefit'], 4],
  [['activity_compensation', 'financial_assistance'], 6],
  [['no_public_support'], 4],
];

export const dischargeReasonFor: Record<Outcome, string> = {
  employment: 'got_work',
  subsidised_employment: 'got_work',
  studies: 'started_studies',
  job_seeking: 'other',
  other_intervention: 'other_intervention',
  sick_leave: 'health',
  other: 'no_contact',
};

export const phasesInOrder = [
  'agreement',
  'vocational_profile',
  'job_finding',
  'employer_engagement',
  'support_on_off_job',
] as const;
