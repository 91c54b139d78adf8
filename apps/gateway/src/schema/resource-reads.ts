import type { Uuid } from '@finsam-se/domain';
import type { TenantTx } from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { authorize } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { audit as auditInTransaction } from '../shared/service-support.js';
import type { ResourceDeclaration, TypedFilter, FilterSpec } from './resource-declaration.js';
import type { Paging } from './list-args.js';

type Filter = Readonly<Record<string, unknown>>;

/**
 * The reads a declaration produces: a page, its count and one row, each narrowed to the
 * actor's scope and audited as the declaration says. How many round trips each costs:
 * - no scope, or `actorScope` (computed from the actor, no statement): the count and the
 *   single read one statement each, the page one statement (`listInOneStatement`) or a
 *   transaction;
 * - `scope` (may look the actor's municipality up): a transaction for each;
 * - `audit.via: 'transaction'` adds the audit row to the read's own transaction.
 */
export function resourceReads<Row, T extends object, F extends FilterSpec>(
  declaration: ResourceDeclaration<Row, T, F>,
) {
  const { action, scope, actorScope, audit } = declaration;
  const repositoryOf = (ctx: RequestContext) =>
    'forRequest' in declaration.repository
      ? declaration.repository.forRequest(ctx)
      : declaration.repository;
  const idOf = (row: Row) => (row as { id: string }).id;

  const types = (ctx: RequestContext, rows: readonly Row[]): Promise<T[]> | T[] =>
    declaration.toTypes ? declaration.toTypes(ctx, rows) : rows.map(declaration.toType);

  /** Reads rows the actor may see, audited before they are answered. */
  const readRows = async (
    ctx: RequestContext,
    oneStatement: boolean,
    work: (tx: TenantTx, actor: Actor) => Promise<Row[]>,
  ): Promise<Row[]> => {
    if (audit?.via === 'transaction')
      return ctx.inTenant(async (tx, actor) => {
        const rows = await work(tx, actor);
        if (rows.length > 0)
          await auditInTransaction(tx, ctx, actor, 'read', audit.entity, rows.map(idOf));
        return rows;
      });
    const rows = oneStatement ? await ctx.inTenantStatement(work) : await ctx.inTenant(work);
    const actor = ctx.actor;
    if (audit && actor && rows.length > 0)
      await ctx.auditWriter.record(actor.associationId, {
        userId: actor.id,
        role: actor.role,
        action: 'read',
        entity: audit.entity,
        entityIds: rows.map(idOf),
        requestId: ctx.requestId,
      });
    return rows;
  };

  /** The filter narrowed to the actor's scope without a statement; null: nothing visible. */
  const narrowed = (ctx: RequestContext, filter: TypedFilter<F>): Filter | null =>
    actorScope ? actorScope(ctx.actor as Actor, filter, ctx) : filter;

  const listRows = (
    ctx: RequestContext,
    paging: Paging,
    filter: TypedFilter<F>,
    oneStatement: boolean,
  ) => {
    if (scope)
      return readRows(ctx, false, async (tx, actor) => {
        const scoped = await scope(tx, actor, filter);
        return scoped ? repositoryOf(ctx).list(tx, { ...paging, filter: scoped }) : [];
      });
    const scoped = narrowed(ctx, filter);
    if (!scoped) return Promise.resolve([]);
    return readRows(ctx, oneStatement, (tx) =>
      repositoryOf(ctx).list(tx, { ...paging, filter: scoped }),
    );
  };

  return {
    async list(ctx: RequestContext, paging: Paging, filter: TypedFilter<F>): Promise<T[]> {
      const oneStatement = declaration.listInOneStatement === true;
      return types(ctx, await listRows(ctx, paging, filter, oneStatement));
    },

    async count(ctx: RequestContext, filter: TypedFilter<F>): Promise<number> {
      if (scope)
        return ctx.inTenant(async (tx, actor) => {
          const scoped = await scope(tx, actor, filter);
          return scoped ? repositoryOf(ctx).count(tx, scoped) : 0;
        });
      const scoped = narrowed(ctx, filter);
      return scoped ? ctx.inTenantStatement((tx) => repositoryOf(ctx).count(tx, scoped)) : 0;
    },

    async one(ctx: RequestContext, id: Uuid): Promise<T | null> {
      authorize(ctx.actor, action);
      const byId = { ids: [id] } as unknown as TypedFilter<F>;
      const first = { limit: 1, offset: 0, sortOrder: 'ASC' } as const;
      let rows: Row[];
      if (scope || actorScope) rows = await listRows(ctx, first, byId, true);
      else if (declaration.load && !audit) {
        const row = await declaration.load(ctx, id);
        rows = row ? [row] : [];
      } else
        rows = await readRows(ctx, true, async (tx) => {
          const row = await repositoryOf(ctx).findById(tx, id);
          return row ? [row] : [];
        });
      return (await types(ctx, rows))[0] ?? null;
    },
  };
}
