import {
  type ReferrerOrganisation,
  parsePersonnummer,
  referrerOrganisations,
  requireProjectRunning,
  type Uuid,
  type LocalDate,
} from '@finsam-se/domain';
import {
  PersistenceError,
  type TenantTx,
  participantRepository,
  projects,
  referrals,
  referralWrites,
} from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { permitted, scopeFilter } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { ReferralType } from './referral.type.js';
import { input } from '../shared/input.js';
import { findVisibleParticipant } from '../participant/participant.service.js';
import {
  type Opt,
  audit,
  domainRefusal,
  given,
  municipalityBound,
  todayOf,
} from '../shared/service-support.js';

/** A person referred by personnummer and name (a referrer sees no one's record). */
export type ReferredPerson = { personnummer: string; firstName: string; lastName: string };

export type NewReferral = {
  participantId: Opt<Uuid>;
  person: Opt<ReferredPerson>;
  municipalityId: Uuid;
  projectId: Uuid;
  referrerOrganisation: Opt<string>;
  receivedOn: LocalDate;
};

function organisationOf(actor: Actor, given: Opt<string>): ReferrerOrganisation {
  const organisation = actor.role === 'referrer' ? actor.organisation : (given ?? null);
  if (organisation === null || !(referrerOrganisations as readonly string[]).includes(organisation))
    throw refuse('REFERRAL.REFERRER_ORGANISATION', { field: 'referrerOrganisation' });
  return organisation as ReferrerOrganisation;
}

/**
 * The person a referral by personnummer is about: the one registered with that number,
 * or a new record in the referral's municipality. Which of the two is never told: the
 * answer is the same either way.
 */
async function personFor(
  tx: TenantTx,
  ctx: RequestContext,
  actor: Actor,
  person: ReferredPerson,
  municipalityId: Uuid,
): Promise<string> {
  const parsed = parsePersonnummer(person.personnummer, { today: todayOf(ctx) });
  if (!parsed.ok) throw domainRefusal(parsed.error, 'person.personnummer');
  const firstName = input.text('person.firstName', person.firstName, { max: 100 });
  const lastName = input.text('person.lastName', person.lastName, { max: 100 });
  const repo = participantRepository(ctx.pii);
  const known = await repo.findByPersonnummer(tx, parsed.value.normalized);
  if (known) return known.id;
  const created = await repo.create(tx, {
    personnummer: parsed.value.normalized,
    firstName,
    lastName,
    gender: parsed.value.legalGender,
    birthDate: parsed.value.birthDate,
    homeMunicipalityId: municipalityId,
    targetGroupFactors: [],
  });
  await audit(tx, ctx, actor, 'create', 'participant', [created.id]);
  return created.id;
}

/** A participant picked by id must be one the writer may already see. */
async function pickedParticipant(
  tx: TenantTx,
  ctx: RequestContext,
  actor: Actor,
  id: Uuid,
): Promise<string> {
  if (actor.role === 'referrer') throw refuse('REFERRAL.REFERRER_NEEDS_PERSONNUMMER');
  const visible = await findVisibleParticipant(tx, ctx.pii, scopeFilter(actor, 'participant'), id);
  if (!visible) throw refuse('NOT_FOUND');
  return visible.id;
}

/**
 * createReferral: by participant id (a person in the writer's scope) or by personnummer
 * and name (anyone, a referrer always); into a project running on the day it arrives.
 */
export async function createReferral(
  ctx: RequestContext,
  values: NewReferral,
): Promise<ReferralType> {
  const actor = permitted(ctx.actor, 'referral.create');
  if (given(values.participantId) === given(values.person))
    throw refuse('REFERRAL.PARTICIPANT_OR_PERSON', { field: 'participantId' });
  const organisation = organisationOf(actor, values.referrerOrganisation);
  const municipalityId = values.municipalityId;
  const projectId = values.projectId;
  const receivedOn = values.receivedOn;
  const participantIdGiven = values.participantId ?? null;
  try {
    return await ctx.inTenant(async (tx) => {
      const own = await municipalityBound(tx, actor);
      if (own !== undefined && own !== municipalityId)
        throw refuse('REFERRAL.OWN_MUNICIPALITY', { field: 'municipalityId' });
      const project = await projects.findById(tx, projectId);
      if (!project) throw refuse('PROJECT.UNKNOWN', { field: 'projectId' });
      const running = requireProjectRunning(project, receivedOn, 'receivedOn');
      if (!running.ok) throw domainRefusal(running.error, 'receivedOn');
      const participantId = participantIdGiven
        ? await pickedParticipant(tx, ctx, actor, participantIdGiven)
        : await personFor(tx, ctx, actor, values.person as ReferredPerson, municipalityId);
      const id = await referralWrites.createReferral(tx, {
        participantId,
        municipalityId,
        projectId,
        referredBy: actor.id,
        referrerOrganisation: organisation,
        receivedOn,
      });
      await audit(tx, ctx, actor, 'create', 'referral', [id]);
      const row = await referrals.findById(tx, id);
      if (!row) throw refuse('NOT_FOUND');
      // By personnummer the answer names no one: it must not tell who was registered.
      return ReferralType.from(row, participantIdGiven !== null && actor.role !== 'referrer');
    });
  } catch (error) {
    if (error instanceof PersistenceError && error.code === 'DUPLICATE')
      throw refuse('REFERRAL.SAME_PERSON_NOW');
    throw error;
  }
}
