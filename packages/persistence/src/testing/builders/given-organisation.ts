import { LocalDate } from '@finsam-se/domain';
import { coachWrites } from '../../index.js';
import type { World } from './world.js';

/** Municipalities of Jönköping county, handed out in turn: codes the schema accepts. */
const COUNTY = [
  ['0682', 'Nässjö'],
  ['0686', 'Eksjö'],
  ['0687', 'Tranås'],
  ['0604', 'Aneby'],
  ['0684', 'Sävsjö'],
  ['0685', 'Vetlanda'],
  ['0680', 'Jönköping'],
  ['0683', 'Värnamo'],
] as const;

export type GivenMunicipality = {
  readonly id: string;
  readonly code: string;
  readonly name: string;
};

/** A municipality of the world's association (Nässjö first, then Eksjö, Tranås, …). */
export async function givenMunicipality(
  world: World,
  overrides: { code?: string; name?: string } = {},
): Promise<GivenMunicipality> {
  const [code, name] = COUNTY[(world.count('municipality') - 1) % COUNTY.length] ?? COUNTY[0];
  const chosen = { code: overrides.code ?? code, name: overrides.name ?? name };
  const rows = await world.asTenant((tx) =>
    tx.query<{ id: string }>(
      'INSERT INTO municipalities (association_id, code, name) VALUES ($1, $2, $3) RETURNING id',
      [world.associationId, chosen.code, chosen.name],
    ),
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('The municipality was not written');
  return { id, ...chosen };
}

export type GivenProject = {
  readonly id: string;
  readonly startsOn: string;
  readonly endsOn: string;
};

/**
 * A project running from `startsOn` until (not including) `endsOn`: by default
 * 2024–2029, so that any date a test picks in 2024–2028 lies inside it.
 */
export async function givenProject(
  world: World,
  overrides: { name?: string; startsOn?: string; endsOn?: string; targetGroup?: string } = {},
): Promise<GivenProject> {
  const startsOn = overrides.startsOn ?? '2024-01-01';
  const endsOn = overrides.endsOn ?? '2029-01-01';
  const rows = await world.asTenant((tx) =>
    tx.query<{ id: string }>(
      `INSERT INTO projects (association_id, name, starts_on, ends_on, target_group)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [
        world.associationId,
        overrides.name ?? `Testprojekt ${world.next()}`,
        startsOn,
        endsOn,
        overrides.targetGroup ?? '',
      ],
    ),
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('The project was not written');
  return { id, startsOn, endsOn };
}

export type GivenCoach = {
  readonly id: string;
  readonly municipalityId: string;
  readonly name: string;
};

/** A coach employed in `municipalityId` (full time since 2024 unless told otherwise). */
export async function givenCoach(
  world: World,
  values: {
    municipalityId: string;
    name?: string;
    fte?: number;
    employedFrom?: string;
    employedUntil?: string | null;
    monthlySalaryOre?: number;
  },
): Promise<GivenCoach> {
  const name = values.name ?? `Coach ${world.next()}`;
  const id = await world.asTenant((tx) =>
    coachWrites.createCoach(tx, {
      name,
      municipalityId: values.municipalityId,
      fte: values.fte ?? 100,
      employedFrom: LocalDate.from(values.employedFrom ?? '2024-01-01'),
      employedUntil: values.employedUntil ? LocalDate.from(values.employedUntil) : null,
      monthlySalary: values.monthlySalaryOre ?? 3_400_000,
    }),
  );
  return { id, municipalityId: values.municipalityId, name };
}
