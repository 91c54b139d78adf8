import type { AssociationSpec } from './association-spec.js';
import { type Rng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import type { NamedRow } from './tables.js';
import type { CoachesByMunicipality, MunicipalityRow } from './write-staff.js';

/** Who the generated events name: the manager, each municipality's chief, the demo accounts. */
export type Users = {
  readonly manager: string;
  readonly chiefs: ReadonlyMap<string, string>;
  readonly referrer: string | null;
  /** The user who records SE-group decisions. */
  readonly decider: string;
};

/**
 * Step `users`: the demo accounts (the demo coach is the first coach of the contract running
 * on the data's last day), then a manager and a chief per municipality where no demo account
 * is one. `managerId` is drawn before the coaches, so it is passed in.
 */
export function writeUsers(
  rng: Rng,
  sink: RowSink,
  spec: AssociationSpec,
  staff: {
    readonly managerId: string;
    readonly municipalities: readonly MunicipalityRow[];
    readonly currentCoaches: CoachesByMunicipality;
  },
): Users {
  const { municipalities } = staff;
  const written = new Set<string>();
  const add = (row: Omit<NamedRow<'users'>, 'association_id'>) => {
    if (typeof row.email !== 'string' || written.has(row.email)) return;
    written.add(row.email);
    sink.add('users', { association_id: spec.id, ...row });
  };
  const demoIds = new Map<string, string>();
  const chiefs = new Map<string, string>();
  for (const demo of spec.demoUsers ?? []) {
    const municipality = municipalities.find((m) => m.code === demo.municipalityCode) ?? null;
    const id = uuidFrom(rng);
    demoIds.set(demo.role, id);
    const coachId =
      demo.role === 'coach' && municipality
        ? (staff.currentCoaches.get(municipality.id)?.[0] ?? null)
        : null;
    if (demo.role === 'municipal_chief' && municipality) chiefs.set(municipality.id, id);
    add({
      id,
      email: demo.email,
      name: demo.name,
      role: demo.role,
      municipality_id: municipality?.id ?? null,
      coach_id: coachId,
      organisation: demo.organisation ?? null,
      password_hash: demo.passwordHash,
    });
  }
  const generated = { coach_id: null, organisation: null, password_hash: '!' } as const;
  const manager = demoIds.get('manager') ?? staff.managerId;
  if (!demoIds.has('manager')) {
    const email = `forbundschef@${spec.emailDomain}`;
    add({
      id: staff.managerId,
      email,
      name: 'Förbundschef',
      role: 'manager',
      municipality_id: null,
      ...generated,
    });
  }
  for (const m of municipalities) {
    if (chiefs.has(m.id)) continue;
    const id = uuidFrom(rng);
    chiefs.set(m.id, id);
    const email = `chef.${m.code}@${spec.emailDomain}`;
    add({
      id,
      email,
      name: `Chef ${m.name}`,
      role: 'municipal_chief',
      municipality_id: m.id,
      ...generated,
    });
  }
  return {
    manager,
    chiefs,
    referrer: demoIds.get('referrer') ?? null,
    decider: demoIds.get('coach') ?? manager,
  };
}
