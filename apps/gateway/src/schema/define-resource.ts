import type { Uuid } from '@finsam-se/domain';
import { Arg, Args, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { authorize } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { ListMetadata } from './list-metadata.js';
import { input } from '../shared/input.js';
import { ListArgs, pagingWith } from './list-args.js';
import type {
  FilterField,
  FilterKind,
  FilterSpec,
  ResourceDeclaration,
  ResourceOperations,
  TypedFilter,
  Writes,
} from './resource-declaration.js';
import { resourceReads } from './resource-reads.js';
import { LocalDateScalar, UuidScalar } from './scalars.js';

/** The kinds of filter field a list offers, each with its GraphQL type and its check. */
const filterKinds = {
  /** `[UUID!]`: at most 1,000. */
  ids: () => [UuidScalar],
  /** `UUID`. */
  id: () => UuidScalar,
  /** `String`: free text (search, codes), as the repository matches it. */
  text: () => String,
  /** `LocalDate`: a calendar date. */
  date: () => LocalDateScalar,
  /** `Boolean`: a yes/no switch (active, done). */
  boolean: () => Boolean,
} as const satisfies Record<FilterKind, () => unknown>;
// The declaration's types, for the modules that declare resources.
export type {
  ActorScope,
  FilterField,
  FilterKind,
  FilterSpec,
  ReadAudit,
  RequestRepository,
  ResourceDeclaration,
  ResourceOperations,
  ResourceRepository,
  ResourceScope,
  TypedFilter,
  Writes,
} from './resource-declaration.js';

/**
 * The filter checked at the edge: ids and dates arrive read (the filter input types them with
 * the UUID and LocalDate scalars), id lists are bounded, empty values dropped, nothing
 * undeclared.
 */
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
    } else if (kind === 'ids') checked[key] = input.idList(field, value as Uuid[]);
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
    Field(typeOf as Parameters<typeof Field>[0] & (() => unknown), { nullable: true, ...options })(
      Filter.prototype,
      key,
    );
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
      const paging = pagingWith(
        args,
        repository.sortFields,
        declaration.defaultPerPage,
        declaration.defaultSortOrder,
      );
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
    one(@Arg('id', () => UuidScalar) id: Uuid, @Ctx() ctx: RequestContext): Promise<T | null> {
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
