import {
  type GivenCoach,
  type GivenMunicipality,
  type GivenProject,
  type GivenUser,
  type World,
  givenAssociation,
  givenCoach,
  givenMunicipality,
  givenProject,
  givenUser,
} from '@finsam-se/persistence/testing';
import type { Client, Harness } from './gateway-harness.js';

/** A built user and a client signed in as them. */
export type SignedIn = GivenUser & { readonly client: Client };

/** Builds a user of `role` and signs them in through the gateway's real log-in. */
export async function givenSignedIn(
  h: Harness,
  world: World,
  role: GivenUser['role'],
  values: Parameters<typeof givenUser>[2] = {},
): Promise<SignedIn> {
  const user = await givenUser(world, role, values);
  return { ...user, client: await h.login(user) };
}

/** A coach with a log-in of their own (users of role coach are tied to a coach row). */
export async function givenSignedInCoach(
  h: Harness,
  world: World,
  municipalityId: string,
  name?: string,
): Promise<SignedIn & { readonly coach: GivenCoach }> {
  const coach = await givenCoach(world, { municipalityId, ...(name ? { name } : {}) });
  const user = await givenSignedIn(h, world, 'coach', {
    coachId: coach.id,
    municipalityId,
    ...(name ? { name } : {}),
  });
  return { ...user, coach };
}

/**
 * The usual cast of one association, built on the harness's empty database: Nässjö and
 * Eksjö, a project running 2024–2028, and signed-in users: a coach and a municipal chief
 * in Nässjö, the manager, the board and a referrer from Arbetsförmedlingen. Suites add
 * what their cases need with the builders; nothing else is there.
 */
export type Cast = {
  readonly world: World;
  readonly nassjo: GivenMunicipality;
  readonly eksjo: GivenMunicipality;
  readonly project: GivenProject;
  readonly coach: SignedIn & { readonly coach: GivenCoach };
  readonly chief: SignedIn;
  readonly manager: SignedIn;
  readonly board: SignedIn;
  readonly referrer: SignedIn;
};

export async function givenCast(h: Harness): Promise<Cast> {
  const world = await givenAssociation(h.db);
  const nassjo = await givenMunicipality(world, { code: '0682', name: 'Nässjö' });
  const eksjo = await givenMunicipality(world, { code: '0686', name: 'Eksjö' });
  const project = await givenProject(world);
  return {
    world,
    nassjo,
    eksjo,
    project,
    coach: await givenSignedInCoach(h, world, nassjo.id, 'Jobbcoach Nässjö'),
    chief: await givenSignedIn(h, world, 'municipal_chief', { municipalityId: nassjo.id }),
    manager: await givenSignedIn(h, world, 'manager'),
    board: await givenSignedIn(h, world, 'board'),
    referrer: await givenSignedIn(h, world, 'referrer', { organisation: 'AF' }),
  };
}
