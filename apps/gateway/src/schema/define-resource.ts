import type { TenantTx } from '@finsam-se/persistence';
import {
  Arg,
  Args,
  type ClassType,
  Ctx,
  Field,
  ID,
  InputType,
  Query,
  Resolver,
} from 'type-graphql';
import type { Actor } from '../auth/actor.js';
import { authorize } from '../auth/authorize.js';
import type { Action } from '../auth/policy-table.js';
import type { RequestContext } from '../context.js';
import { ListMetadata } from '../organisation/organisation.type.js';
import { input } from '../shared/input.js';
import { ListArgs, pagingWith } from './list-args.js';
import { resourceReads } from './resource-reads.js';
import { LocalDateScalar } from './scalars.js';

/** The kinds of filter field a list offers, each with its GraphQL type and its check. */
const filterKinds = {
  /** `[ID!]`: every one a UUID (at most 1,000). */
  ids: () => [ID],
  /** `ID`: a UUID. */
  id: () => ID,
  /** `String`: free text (search, codes), as the repository matches it. */
  text: () => String,
  /** `LocalDate`: a calendar date. */
  date: () => LocalDateScalar,
  /** `Boolean`: a yes/no switch (active, done). */
  boolean: () => Boolean,
} as const;
export type FilterKind = keyof typeof filterKinds;

/**
 * A filter field with more than its kind: a description in the schema, or a GraphQL type of
 * its own (an enum, a list of one) whose values GraphQL has checked, with an optional check
 * of ours (say, a maximum length).
 */
export type FilterField =
  | { readonly kind: FilterKind; readonly description?: string }
  | {
      readonly type: () => unknown;
      readonly description?: string;
      readonly check?: (field: string, value: never) => unknown;
    };
export type FilterSpec = Readonly<Record<string, FilterKind | FilterField>>;

type KindValue<K> = K extends 'ids' ? readonly string[] : K extends 'boolean' ? boolean : string;
type FieldValue<S> = S extends FilterKind
  ? KindValue<S>
  : S extends { readonly kind: infer K }
    ? KindValue<K>
    : S extends { readonly check: (field: string, value: never) => infer V }
      ? V
      : S extends { readonly type: () => readonly unknown[] }
        ? readonly string[]
        : string;

/** The checked filter the repository receives, typed from the declaration. */
export type TypedFilter<F extends FilterSpec> = {
  readonly [K in keyof F]?: FieldValue<F[K]>;
};

/** What a resource's repository offers (persistence's `resourceQueries`). */
export type ResourceRepository<Row> = {
  readonly sortFields: readonly string[];
  list(
    tx: TenantTx,
    query: {
      limit: number;
      offset: number;
      sortField?: string;
      sortOrder: 'ASC' | 'DESC';
      filter?: Readonly<Record<string, unknown>>;
    },
  ): Promise<Row[]>;
  count(tx: TenantTx, filter?: Readonly<Record<string, unknown>>): Promise<number>;
  findById(tx: TenantTx, id: string): Promise<Row | undefined>;
};

/** A repository made per request (one that needs the request's PII cipher, say). */
export type RequestRepository<Row> = {
  readonly sortFields: readonly string[];
  readonly forRequest: (ctx: RequestContext) => ResourceRepository<Row>;
};

/**
 * The actor's scope on a list (own municipality, own participants): the checked filter narrowed
 * to what the actor may read, or `null` when the filter asks for something outside it (the
 * list is then empty). The policy table says which scope a role has; this applies it.
 */
export type ResourceScope<F extends FilterSpec> = (
  tx: TenantTx,
  actor: Actor,
  filter: TypedFilter<F>,
) => Promise<Readonly<Record<string, unknown>> | null>;

/**
 * The actor's scope computed from the actor alone, with no statement of its own (the person
 * scope of the policy table: association, municipality, own participants): the filter
 * narrowed, with any keys the repository takes for it, or `null` for nothing visible. The
 * reads then keep their one statement (and round trip) each. `ctx` gives today for filters
 * that depend on it.
 */
export type ActorScope<F extends FilterSpec> = (
  actor: Actor,
  filter: TypedFilter<F>,
  ctx: RequestContext,
) => Readonly<Record<string, unknown>> | null;

/**
 * Every read that shows a person is logged: `transaction` appends the audit row in the read's
 * own transaction, `writer` hands it to the group-committing writer before answering.
 */
export type ReadAudit = { readonly entity: string; readonly via: 'transaction' | 'writer' };

/** From rows to GraphQL objects: one row at a time, or a page at once (names by a loader). */
type ToTypes<Row, T> =
  | { readonly toType: (row: Row) => T; readonly toTypes?: never }
  | {
      readonly toTypes: (ctx: RequestContext, rows: readonly Row[]) => T[] | Promise<T[]>;
      readonly toType?: never;
    };

/** One resource as react-admin reads it: everything its list, count and page need. */
export type ResourceDeclaration<
  Row,
  T extends object,
  F extends FilterSpec,
  N extends string = string,
  P extends string = string,
  W extends Writes = Writes,
> = ToTypes<Row, T> & {
  /** The GraphQL type's name: `X` (the single read) and `XFilter`. */
  readonly name: N;
  /** The plural of the list fields: `allXs`, `_allXsMeta`. */
  readonly plural: P;
  readonly type: ClassType<T>;
  readonly filters: F;
  /** The sort whitelist: the repository's own (anything else is SORT.UNKNOWN). */
  readonly repository: ResourceRepository<Row> | RequestRepository<Row>;
  /** Who may read it: the policy table's action (roles and scope live there, ADR 0005). */
  readonly action: Action;
  readonly defaultPerPage?: number;
  /** The single read, batched (a DataLoader) when the resource has one (not with `scope`). */
  readonly load?: (ctx: RequestContext, id: string) => Promise<Row | null | undefined>;
  /** Narrows list, count and single read to the actor's scope; without it the action decides. */
  readonly scope?: ResourceScope<F>;
  /** The same from the actor alone, in no statement of its own (not with `scope`). */
  readonly actorScope?: ActorScope<F>;
  /** Each list page and single read is audited (the ids read) when it names people. */
  readonly audit?: ReadAudit;
  /** The page is read as one statement (one round trip, generic plan) rather than a transaction. */
  readonly listInOneStatement?: boolean;
  /**
   * The resource's mutations (hand-written beside the declaration) with the policy action each
   * is checked against: auth/operation-actions.ts takes them from here.
   */
  readonly writes?: W;
};

/** Mutation field → the policy action it needs. */
export type Writes = Readonly<Record<string, Action>>;

/** The policy action of each Query field a declaration produces (auth/operation-actions.ts). */
export type ResourceOperations<N extends string, P extends string> = Readonly<
  Record<`all${P}` | `_all${P}Meta` | N, Action>
>;

/** The filter checked at the edge: ids are UUIDs, empty values dropped, nothing undeclared. */
export function checkFilter<F extends FilterSpec>(
  spec: F,
  raw: Readonly<Record<string, unknown>> | null | undefined,
): TypedFilter<F> {
  const checked: Record<string, unknown> = {};
  for (const [key, spec_] of Object.entries(spec)) {
    const value = raw?.[key];
    if (value === undefined || value === null || value === '') continue;
    const field = `filter.${key}`;
    const kind = typeof spec_ === 'string' ? spec_ : 'kind' in spec_ ? spec_.kind : undefined;
    if (kind === undefined) {
      const check = (spec_ as { check?: (field: string, value: unknown) => unknown }).check;
      checked[key] = check ? check(field, value) : value;
    } else if (kind === 'ids') checked[key] = input.uuids(field, value as string[]);
    else if (kind === 'id') checked[key] = input.uuid(field, value as string);
    else if (kind === 'date') checked[key] = input.date(field, value as string);
    else checked[key] = value;
  }
  return checked as TypedFilter<F>;
}

/**
 * One declaration per resource: from it come the `allXs` / `_allXsMeta` / `X` triplet, the
 * `XFilter` input, the typed filter passed to the repository and the sort whitelist. The
 * returned resolver class is registered with the schema (schema/resources.ts).
 */
export function defineResource<
  Row,
  T extends object,
  F extends FilterSpec,
  N extends string,
  P extends string,
  const W extends Writes = Record<never, never>,
>(declaration: ResourceDeclaration<Row, T, F, N, P, W>) {
  const { name, plural, type, filters, repository, action } = declaration;
  if (declaration.scope && declaration.actorScope)
    throw new Error(`${name}: declare scope or actorScope, not both`);

  // The fields are declared from `filters` just below: the class itself stays empty.
  @InputType(`${name}Filter`)
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class
  class Filter {}
  for (const [key, field] of Object.entries(filters)) {
    const spec: FilterField = typeof field === 'string' ? { kind: field } : field;
    const typeOf = 'kind' in spec ? filterKinds[spec.kind] : spec.type;
    const options = spec.description ? { description: spec.description } : {};
    Field(typeOf as Parameters<typeof Field>[0] & (() => unknown), { nullable: true, ...options })(Filter.prototype, key);
  }

  const reads = resourceReads(declaration as unknown as ResourceDeclaration<Row, T, F>);

  @Resolver()
  class ResourceResolver {
    @Query(() => [type], { name: `all${plural}` })
    async list(
      @Args() args: ListArgs,
      @Arg('filter', () => Filter, { nullable: true }) filter: Filter | undefined,
      @Ctx() ctx: RequestContext,
    ): Promise<T[]> {
      authorize(ctx.actor, action);
      const paging = pagingWith(args, repository.sortFields, declaration.defaultPerPage);
      const checked = checkFilter(filters, filter as Record<string, unknown> | undefined);
      return reads.list(ctx, paging, checked);
    }

    @Query(() => ListMetadata, { name: `_all${plural}Meta` })
    async meta(
      @Args() _args: ListArgs,
      @Arg('filter', () => Filter, { nullable: true }) filter: Filter | undefined,
      @Ctx() ctx: RequestContext,
    ): Promise<ListMetadata> {
      authorize(ctx.actor, action);
      const checked = checkFilter(filters, filter as Record<string, unknown> | undefined);
      return { count: await reads.count(ctx, checked) };
    }

    @Query(() => type, { name, nullable: true })
    one(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<T | null> {
      return reads.one(ctx, id);
    }
  }

  const operations = {
    [`all${plural}`]: action,
    [`_all${plural}Meta`]: action,
    [name]: action,
  } as ResourceOperations<N, P>;
  return {
    name,
    resolver: ResourceResolver,
    filter: Filter,
    sortFields: repository.sortFields,
    operations,
    writes: (declaration.writes ?? {}) as W,
  };
}
