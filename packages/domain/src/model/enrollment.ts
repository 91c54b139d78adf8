import type { LocalDate } from '../core/local-date.js';
import type { Id, TenantScoped } from './ids.js';

/** The five steps of Supported Employment, in order. */
export const phases = [
  'agreement',
  'vocational_profile',
  'job_finding',
  'employer_engagement',
  'support_on_off_job',
] as const;
/** 1 överenskommelse, 2 yrkesprofil, 3 jobbsökande, 4 arbetsgivarengagemang, 5 stöd på och utanför arbetet. */
export type Phase = (typeof phases)[number];

export type PhaseTransition = {
  readonly phase: Phase;
  readonly on: LocalDate;
};

export type Discharge = {
  readonly on: LocalDate;
  /** Code from the discharge-reason code list. */
  readonly reason: string;
  /** Codes from the compensation code list: income sources at the end. */
  readonly compensationAtEnd: readonly string[];
  /** Code from the occupation-after code list. */
  readonly occupationAfter: string;
};

/** Structured follow-up after discharge, or a re-contact (återkontakt). */
export type AfterSupportEpisode = {
  readonly startedOn: LocalDate;
  readonly endedOn: LocalDate | null;
  readonly reason: 'follow_up' | 're_contact';
};

/** An inskrivning: one participant with one coach in one project. */
export type Enrollment = TenantScoped & {
  readonly id: Id;
  readonly participantId: Id;
  readonly coachId: Id;
  readonly municipalityId: Id;
  readonly projectId: Id;
  readonly referralId: Id | null;
  readonly enrolledOn: LocalDate;
  /** Codes from the compensation code list: income sources at the start. */
  readonly compensationAtStart: readonly string[];
  /** Codes from the compensation code list: income sources during participation; empty until recorded. */
  readonly compensationDuring: readonly string[];
  /** Phase history, oldest first; the last entry is the current phase. */
  readonly phases: readonly PhaseTransition[];
  readonly discharge: Discharge | null;
  readonly afterSupport: readonly AfterSupportEpisode[];
  readonly version: number;
};
