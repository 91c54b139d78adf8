import type { TenantTx } from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { municipalityBound, narrow } from './service-support.js';

/**
 * The "own municipality" scope of a list (define-resource.ts `scope`): chiefs and coaches see
 * their municipality's rows only, so their filter gets its `municipalityId` forced to it, and a
 * filter on another municipality finds nothing (`null`). Other roles keep their filter.
 */
export async function ownMunicipalityScope<
  F extends { readonly ids?: readonly string[]; readonly municipalityId?: string },
>(tx: TenantTx, actor: Actor, filter: F): Promise<F | null> {
  const own = await municipalityBound(tx, actor);
  if (own === undefined) return filter;
  const municipalityId = narrow(filter.municipalityId, own);
  return municipalityId === null ? null : { ...filter, municipalityId };
}
