import {
  type ReferralAction,
  decideReferral,
  referralActions,
  type Uuid,
  type LocalDate,
} from '@finsam-se/domain';
import {
  type ReferralView,
  type TenantTx,
  meetings,
  referrals,
  referralWrites,
} from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { permitted } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { ReferralType } from './referral.type.js';
import {
  type EnrollmentStart,
  insertEnrollment,
  openEnrollmentTaken,
  parseEnrollmentStart,
} from '../enrollment/enrollment.service.js';
import { input } from '../shared/input.js';
import { createReferral } from './referral-create.js';
import { referralInScope } from './referral-scope.js';
import {
  type Opt,
  audit,
  domainRefusal,
  given,
  requireVersion,
} from '../shared/service-support.js';

const toType = (actor: Actor) => (r: ReferralView) =>
  ReferralType.from(r, actor.role !== 'referrer');

/** Fills in the deciders' names (one batched look-up per request). */
async function withDeciderNames(
  ctx: RequestContext,
  types: ReferralType[],
): Promise<ReferralType[]> {
  const ids = [...new Set(types.flatMap((t) => t.decisions.map((d) => d.decidedBy)))];
  if (ids.length === 0) return types;
  const names = await ctx.loaders.userName.loadMany(ids);
  const nameOf = new Map(ids.map((id, i) => [id, names[i]]));
  for (const t of types)
    for (const d of t.decisions) {
      const name = nameOf.get(d.decidedBy);
      d.decidedByName = typeof name === 'string' ? name : '';
    }
  return types;
}

/** A page of referrals as GraphQL objects: names hidden from referrers, deciders named. */
export function referralTypes(
  ctx: RequestContext,
  rows: readonly ReferralView[],
): Promise<ReferralType[]> {
  const actor = ctx.actor as Actor;
  return withDeciderNames(ctx, rows.map(toType(actor)));
}

type Decision = {
  id: Uuid;
  action: string;
  decidedOn: LocalDate;
  note: Opt<string>;
  meetingId: Opt<Uuid>;
  version: number;
};

function parseDecision(values: Decision) {
  if (!(referralActions as readonly string[]).includes(values.action))
    throw refuse('REFERRAL.UNKNOWN_ACTION', { field: 'action' });
  return {
    referralId: values.id,
    action: values.action as ReferralAction,
    decidedOn: values.decidedOn,
    note:
      given(values.note) && values.note.trim() !== ''
        ? input.text('note', values.note, { max: 2000 })
        : '',
    meetingId: values.meetingId ?? null,
    version: values.version,
  };
}

/**
 * Records a decision on a referral the actor may see: the domain rule decides whether it
 * is allowed, the meeting must be the referral's municipality's. Returns the referral
 * as it was before the decision.
 */
async function recordDecision(
  tx: TenantTx,
  actor: Actor,
  decision: ReturnType<typeof parseDecision>,
  meetingRequired: (referral: ReferralView) => boolean,
): Promise<ReferralView> {
  const referral = await referralInScope(tx, actor, decision.referralId);
  if (!referral) throw refuse('NOT_FOUND');
  requireVersion(referral.version, decision.version);
  if (decision.meetingId) {
    const meeting = await meetings.findById(tx, decision.meetingId);
    if (!meeting || meeting.municipalityId !== referral.municipalityId)
      throw refuse('REFERRAL.MEETING_MUNICIPALITY', { field: 'meetingId' });
  } else if (meetingRequired(referral))
    throw refuse('REFERRAL.MEETING_REQUIRED', { field: 'meetingId' });
  const decided = decideReferral(referral, {
    action: decision.action,
    actor: { userId: actor.id, role: actor.role },
    decidedOn: decision.decidedOn,
    meetingId: decision.meetingId,
    note: decision.note,
  });
  if (!decided.ok) {
    if (decided.error.code === 'REFERRAL.FORBIDDEN') throw refuse('REFERRAL.FORBIDDEN');
    throw domainRefusal(decided.error, 'action');
  }
  await referralWrites.saveReferralDecision(tx, decided.value, decision.version);
  return referral;
}

async function reloadType(tx: TenantTx, actor: Actor, id: string): Promise<ReferralType> {
  const row = await referrals.findById(tx, id);
  if (!row) throw refuse('NOT_FOUND');
  return toType(actor)(row);
}

/** Remisser: who sees which (referral-scope.ts), sending, deciding, accepting. */
export const referralService = {
  create: createReferral,

  /** Not now, decline, escalate. Accepting enrols the participant: see `accept`. */
  async decide(ctx: RequestContext, values: Decision): Promise<ReferralType> {
    const actor = permitted(ctx.actor, 'referral.decide');
    const decision = parseDecision(values);
    if (decision.action === 'accept')
      throw refuse('REFERRAL.ACCEPT_NEEDS_ENROLLMENT', { field: 'action' });
    const type = await ctx.inTenant(async (tx) => {
      await recordDecision(tx, actor, decision, () => false);
      await audit(tx, ctx, actor, 'decide', 'referral', [decision.referralId]);
      return reloadType(tx, actor, decision.referralId);
    });
    return (await withDeciderNames(ctx, [type]))[0] ?? type;
  },

  /**
   * The SE group (or, after escalation, the municipal chief) accepts a referral and the
   * participant is enrolled with the coach from the start date: one transaction, both
   * audited. The SE group's decision is recorded against its meeting.
   */
  async accept(
    ctx: RequestContext,
    values: Omit<Decision, 'action'> & {
      coachId: Uuid;
      enrolledOn: LocalDate;
      compensationAtStart: string[];
    },
  ): Promise<ReferralType> {
    const actor = permitted(ctx.actor, 'referral.decide');
    const decision = parseDecision({ ...values, action: 'accept' });
    const start: EnrollmentStart = parseEnrollmentStart(values);
    try {
      const type = await ctx.inTenant(async (tx) => {
        const referral = await recordDecision(tx, actor, decision, (r) => r.state === 'received');
        await insertEnrollment(tx, ctx, actor, start, {
          participantId: referral.participantId,
          projectId: referral.projectId,
          referral,
        });
        await audit(tx, ctx, actor, 'decide', 'referral', [referral.id]);
        return reloadType(tx, actor, referral.id);
      });
      return (await withDeciderNames(ctx, [type]))[0] ?? type;
    } catch (error) {
      throw openEnrollmentTaken(error);
    }
  },
};
