import DataLoader from 'dataloader';
import {
  type CoachView,
  type TenantTx,
  coaches,
  municipalities,
  projects,
  users,
} from '@finsam-se/persistence';
import type { Municipality, Project } from '@finsam-se/domain';
import type { Actor } from './auth/actor.js';

type InTenant = <T>(work: (tx: TenantTx, actor: Actor) => Promise<T>) => Promise<T>;

function byId<T extends { id: string }>(
  inTenant: InTenant,
  load: (tx: TenantTx, ids: readonly string[]) => Promise<T[]>,
) {
  return new DataLoader<string, T | undefined>(async (ids) => {
    const rows = await inTenant((tx) => load(tx, ids));
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

/**
 * Per-request batching for every relation a list shows (no N+1): a page of 100
 * participants costs one query per relation, not one per row.
 */
export function createLoaders(inTenant: InTenant) {
  return {
    municipality: byId<Municipality>(inTenant, (tx, ids) => municipalities.findByIds(tx, ids)),
    project: byId<Project & { allocationVersion: number }>(inTenant, (tx, ids) =>
      projects.findByIds(tx, ids),
    ),
    coach: byId<CoachView>(inTenant, (tx, ids) => coaches.findByIds(tx, ids)),
    userName: new DataLoader<string, string | undefined>(async (ids) => {
      const rows = await inTenant((tx) => users.findByIds(tx, ids));
      const map = new Map(rows.map((row) => [row.id, row.name]));
      return ids.map((id) => map.get(id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
