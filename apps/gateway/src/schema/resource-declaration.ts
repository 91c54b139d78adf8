import type { LocalDate, Uuid } from '@finsam-se/domain';
import type { TenantTx } from '@finsam-se/persistence';
import type { ClassType } from 'type-graphql';
import type { Actor } from '../auth/actor.js';
import type { Action } from '../auth/policy-table.js';
import type { RequestContext } from '../context.js';

// The shape of a resource declaration (define-resource.ts), apart so that the reads it
// produces (resource-reads.ts) and the declaration itself both take it without a cycle.

/** The kinds of filter field (define-resource.ts gives each its GraphQL type and check). */
export type FilterKind = 'ids' | 'id' | 'text' | 'date' | 'boolean';

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

type KindValue<K> = K extends 'ids'
  ? readonly Uuid[]
  : K extends 'id'
    ? Uuid
    : K extends 'date'
      ? LocalDate
      : K extends 'boolean'
        ? boolean
        : string;
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
  /** The order when the client names none (a history reads newest first): ASC unless said. */
  readonly defaultSortOrder?: 'ASC' | 'DESC';
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
