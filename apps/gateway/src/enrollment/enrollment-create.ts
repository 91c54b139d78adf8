import {
  type LocalDate,
  incomeSources,
  requireProjectRunning,
  validateIncomeSources,
  type Uuid,
} from '@finsam-se/domain';
import {
  ONE_OPEN_ENROLLMENT,
  PersistenceError,
  type ReferralView,
  type TenantTx,
  coaches,
  enrollments,
  projects,
  referrals,
  enrollmentWrites,
} from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { type PersonScope, permitted, scopeFilter } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { EnrollmentType } from './enrollment.type.js';
import { findVisibleParticipant } from '../participant/participant.service.js';
import { type Opt, audit, domainRefusal, municipalityBound } from '../shared/service-support.js';

/** Who coaches the participant from when, and on what income they start. */
export type EnrollmentStart = {
  readonly coachId: Uuid;
  readonly enrolledOn: LocalDate;
  readonly compensationAtStart: readonly string[];
};

/** Checks the start's inputs that need no database. */
export function parseEnrollmentStart(values: {
  coachId: Uuid;
  enrolledOn: LocalDate;
  compensationAtStart: string[];
}): EnrollmentStart {
  const coachId = values.coachId;
  const enrolledOn = values.enrolledOn;
  const sources = validateIncomeSources(
    incomeSources,
    values.compensationAtStart,
    enrolledOn,
    'compensationAtStart',
  );
  if (!sources.ok) throw domainRefusal(sources.error, 'compensationAtStart');
  return { coachId, enrolledOn, compensationAtStart: [...sources.value] };
}

/** The one-open-enrollment index as a clear error; anything else unchanged. */
export function openEnrollmentTaken(error: unknown): unknown {
  return error instanceof PersistenceError &&
    error.code === 'DUPLICATE' &&
    error.constraint === ONE_OPEN_ENROLLMENT
    ? refuse('ENROLLMENT.ALREADY_OPEN', { field: 'participantId' })
    : error;
}

/**
 * Writes the enrollment of a participant the caller has already cleared (in the actor's
 * scope, or arriving through an accepted referral): the coach must work where the actor
 * may enrol (and, for a referral, in its municipality), the project must be running.
 */
export async function insertEnrollment(
  tx: TenantTx,
  ctx: RequestContext,
  actor: Actor,
  start: EnrollmentStart,
  target: { participantId: string; projectId: string; referral: ReferralView | null },
): Promise<string> {
  const coach = await coaches.findById(tx, start.coachId);
  if (!coach) throw refuse('COACH.UNKNOWN', { field: 'coachId' });
  const own = await municipalityBound(tx, actor);
  if (own !== undefined && coach.municipalityId !== own)
    throw refuse('ENROLLMENT.COACH_MUNICIPALITY', { field: 'coachId' });
  const { referral } = target;
  if (referral && coach.municipalityId !== referral.municipalityId)
    throw refuse('ENROLLMENT.COACH_REFERRAL_MUNICIPALITY', { field: 'coachId' });
  if (referral && start.enrolledOn < referral.receivedOn)
    throw refuse('ENROLLMENT.BEFORE_REFERRAL', { field: 'enrolledOn' });
  const project = await projects.findById(tx, target.projectId);
  if (!project) throw refuse('PROJECT.UNKNOWN', { field: 'projectId' });
  const running = requireProjectRunning(project, start.enrolledOn, 'enrolledOn');
  if (!running.ok) throw domainRefusal(running.error, 'enrolledOn');
  const id = await enrollmentWrites.createEnrollment(tx, {
    participantId: target.participantId,
    coachId: coach.id,
    municipalityId: coach.municipalityId,
    projectId: target.projectId,
    referralId: referral?.id ?? null,
    enrolledOn: start.enrolledOn,
    compensationAtStart: start.compensationAtStart,
  });
  await audit(tx, ctx, actor, 'create', 'enrollment', [id]);
  return id;
}

/**
 * May this referral bring its participant to the actor? Only once accepted, not yet
 * enrolled, and routed to the actor's municipality (any, for the manager).
 */
async function arrivesByReferral(
  tx: TenantTx,
  actor: Actor,
  referral: ReferralView | undefined,
  participantId: Uuid,
): Promise<boolean> {
  if (!referral || referral.state !== 'accepted' || referral.enrollmentId !== null) return false;
  if (referral.participantId !== participantId) return false;
  const own = await municipalityBound(tx, actor);
  return own === undefined || own === referral.municipalityId;
}

async function clearParticipant(
  tx: TenantTx,
  ctx: RequestContext,
  actor: Actor,
  scope: PersonScope,
  values: { participantId: Uuid; projectId: Uuid; referralId: Uuid | null },
): Promise<ReferralView | null> {
  const referral = values.referralId ? await referrals.findById(tx, values.referralId) : undefined;
  const viaReferral = await arrivesByReferral(tx, actor, referral, values.participantId);
  // A referral that does not bring this person, or a person out of scope, is NOT_FOUND:
  // the answer never tells whether someone exists.
  if (values.referralId && !viaReferral) throw refuse('NOT_FOUND');
  if (!viaReferral && !(await findVisibleParticipant(tx, ctx.pii, scope, values.participantId)))
    throw refuse('NOT_FOUND');
  if (referral && referral.projectId !== values.projectId)
    throw refuse('ENROLLMENT.REFERRAL_PROJECT', { field: 'projectId' });
  return referral ?? null;
}

/**
 * createEnrollment: a writer enrols a participant already in its scope, or one arriving
 * through an accepted referral routed to its municipality; a coach enrols to themselves.
 */
export async function createEnrollment(
  ctx: RequestContext,
  values: {
    participantId: Uuid;
    coachId: Uuid;
    projectId: Uuid;
    enrolledOn: LocalDate;
    compensationAtStart: string[];
    referralId: Opt<Uuid>;
  },
): Promise<EnrollmentType> {
  const actor = permitted(ctx.actor, 'enrollment.write');
  const scope = scopeFilter(actor, 'enrollment.write');
  const target = {
    participantId: values.participantId,
    projectId: values.projectId,
    referralId: values.referralId ?? null,
  };
  const start = parseEnrollmentStart(values);
  if (scope.kind === 'coach' && scope.coachId !== start.coachId)
    throw refuse('ENROLLMENT.OWN_CASELOAD', { field: 'coachId' });
  try {
    return await ctx.inTenant(async (tx) => {
      const referral = await clearParticipant(tx, ctx, actor, scope, target);
      const id = await insertEnrollment(tx, ctx, actor, start, { ...target, referral });
      const row = await enrollments.findById(tx, id);
      if (!row) throw refuse('NOT_FOUND');
      return EnrollmentType.from(row);
    });
  } catch (error) {
    throw openEnrollmentTaken(error);
  }
}
