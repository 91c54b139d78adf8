import type {
  FollowUpOffset,
  Fte,
  Gender,
  LocalDate,
  Money,
  Period,
  Phase,
  PlacementKind,
  ReferralState,
} from '@finsam-se/domain';

/**
 * The narrow, flat rows the reports read. Persistence produces exactly these from SQL
 * (one row per enrollment, post, referral, follow-up, placement, re-contact); ids are the
 * database ids as strings; dates are `YYYY-MM-DD`; codes come from the versioned code lists.
 */

/** One inskrivning with the participant's reporting attributes joined in. */
export type EnrollmentRow = {
  readonly enrollmentId: string;
  readonly participantId: string;
  readonly coachId: string;
  readonly municipalityId: string;
  readonly projectId: string;
  readonly gender: Gender;
  readonly birthDate: LocalDate;
  /** Target-group factors (may overlap: a participant can have several, or none). */
  readonly targetGroupFactors: readonly string[];
  readonly enrolledOn: LocalDate;
  /** The discharge day; the participant is not active on it. Null while enrolled. */
  readonly dischargedOn: LocalDate | null;
  /** Discharge-reason code, null while enrolled. */
  readonly dischargeReason: string | null;
  /** Income-source codes at enrollment, in the order registered (the first is primary). */
  readonly incomeBefore: readonly string[];
  /** Income-source codes during participation; empty or absent until recorded. */
  readonly incomeDuring?: readonly string[];
  /** Income-source codes at discharge; empty while enrolled. */
  readonly incomeAfter: readonly string[];
  /** Occupation-after code at discharge, null while enrolled. */
  readonly occupationAfter: string | null;
  /** Phase history, oldest first. */
  readonly phases: readonly { readonly phase: Phase; readonly on: LocalDate }[];
  readonly firstEmployerContactOn: LocalDate | null;
  /** First day of the first employment (regular or wage-subsidised). */
  readonly firstJobOn: LocalDate | null;
};

/** A coach post (tjänst) in a municipality over a half-open period. */
export type PostRow = {
  readonly municipalityId: string;
  /** The coach holding the post, or null for an unfilled post. */
  readonly coachId: string | null;
  readonly fte: Fte;
  readonly period: Period;
};

/** A referral with its current state and the date of its first decision. */
export type ReferralRow = {
  readonly referralId: string;
  readonly municipalityId: string;
  readonly receivedOn: LocalDate;
  readonly state: ReferralState;
  /** First decision (accept, not now, decline, escalate), null while undecided. */
  readonly decidedOn: LocalDate | null;
};

export type FollowUpStatus = 'work' | 'studies' | 'neither' | 'unknown';

/** One efterstöd follow-up: the status 3, 6 or 12 months after discharge. */
export type FollowUpRow = {
  readonly enrollmentId: string;
  readonly gender: Gender;
  readonly municipalityId: string;
  readonly dischargedOn: LocalDate;
  readonly offsetMonths: FollowUpOffset;
  /** `unknown` when not reached or not yet recorded. */
  readonly status: FollowUpStatus;
};

/** A placement (jobbprovning, arbetsprövning, anställning, lönestöd, studier). */
export type PlacementRow = {
  readonly enrollmentId: string;
  readonly municipalityId: string;
  readonly kind: PlacementKind;
  readonly startedOn: LocalDate;
};

/** A re-contact (återkontakt) after discharge. */
export type ReContactRow = {
  readonly enrollmentId: string;
  readonly participantId: string;
  readonly gender: Gender;
  readonly municipalityId: string;
  readonly on: LocalDate;
};

/** Cost of one municipality in one year, with the counts it is divided by. */
export type EconomyRow = {
  readonly year: number;
  readonly municipalityId: string;
  readonly cost: Money;
  /** Participants active on at least one day of the year. */
  readonly participants: number;
  /** Participants discharged in the year to work (regular) or studies. */
  readonly toWorkOrStudies: number;
};

/** One SUS registration (in and, when discharged, out). */
export type SusRegistrationRow = {
  readonly registrationId: string;
  /** Anonymous participants keep only gender and budget year. */
  readonly anonymous: boolean;
  readonly budgetYear: number;
  readonly gender: Gender;
  readonly birthDate: LocalDate | null;
  readonly registeredOn: LocalDate;
  readonly incomeBefore: readonly string[];
  /** Education-level code. */
  readonly educationLevel: string | null;
  /** Time on public support before, in whole months. */
  readonly monthsOnPublicSupportBefore: number | null;
  /** Income sources during participation; empty until recorded. */
  readonly incomeDuring: readonly string[];
  readonly dischargedOn: LocalDate | null;
  readonly incomeAfter: readonly string[];
  readonly occupationAfter: string | null;
  /** Whether work or studies started or grew (SUS asks it with the occupation after). */
  readonly workOrStudyStartedOrGrew: boolean | null;
  readonly dischargeReason: string | null;
};

/** Names for ids (municipalities, coaches) in report rows; the id is used when missing. */
export type Labels = Readonly<Record<string, string>>;
