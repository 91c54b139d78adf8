import { ArgsType, Field, Int } from 'type-graphql';
import { badInput } from '../errors/error-codes.js';

/** The paging and sorting arguments react-admin (ra-data-graphql-simple) sends. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: '0-based page.' }) page?: number;
  @Field(() => Int, { nullable: true }) perPage?: number;
  @Field(() => String, { nullable: true }) sortField?: string;
  @Field(() => String, { nullable: true }) sortOrder?: string;
}

export const MAX_PER_PAGE = 500;

export type Paging = {
  limit: number;
  offset: number;
  sortField?: string;
  sortOrder: 'ASC' | 'DESC';
};

/** Validates paging at the edge: page ≥ 0, 1 ≤ perPage ≤ 500, order ASC or DESC. */
export function pagingOf(args: ListArgs, defaultPerPage = 25): Paging {
  const perPage = args.perPage ?? defaultPerPage;
  const page = args.page ?? 0;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE)
    throw badInput('perPage', `perPage måste vara 1–${MAX_PER_PAGE}.`);
  if (!Number.isInteger(page) || page < 0 || page > 1_000_000)
    throw badInput('page', 'page måste vara 0 eller mer.');
  const order = (args.sortOrder ?? 'ASC').toUpperCase();
  if (order !== 'ASC' && order !== 'DESC')
    throw badInput('sortOrder', 'sortOrder måste vara ASC eller DESC.');
  if (args.sortField !== undefined && !/^[a-zA-Z]{1,40}$/.test(args.sortField))
    throw badInput('sortField', 'Okänt sorteringsfält.');
  return {
    limit: perPage,
    offset: page * perPage,
    sortOrder: order,
    ...(args.sortField ? { sortField: args.sortField } : {}),
  };
}

/** Drops undefined and empty-string filter values. */
export function cleanFilter<T extends object>(
  filter: T | undefined | null,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    result[key] = value;
  }
  return result;
}
