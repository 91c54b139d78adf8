import type { TenantTx } from './database.js';

/** How a list filter becomes SQL: receives the `$n` placeholder of its value. */
export type FilterSql = (placeholder: string) => string;

export type ResourceDefinition<Row, T> = {
  /** `FROM …` part including joins; the main table must be aliased `t`. */
  readonly from: string;
  readonly select: string;
  readonly map: (row: Row) => T;
  readonly filters: Readonly<Record<string, FilterSql>>;
  /** Whitelisted sort fields (API name → SQL expression). */
  readonly sort: Readonly<Record<string, string>>;
  readonly defaultSort: string;
};

export type ListQuery = {
  readonly filter?: Readonly<Record<string, unknown>>;
  readonly sortField?: string;
  readonly sortOrder?: 'ASC' | 'DESC';
  readonly limit: number;
  readonly offset: number;
};

function whereOf<Row, T>(
  definition: ResourceDefinition<Row, T>,
  tx: TenantTx,
  filter: Readonly<Record<string, unknown>> = {},
): { where: string; params: unknown[] } {
  const params: unknown[] = [tx.associationId];
  const clauses = ['t.association_id = $1'];
  for (const [name, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    const toSql = definition.filters[name];
    if (!toSql) throw new RangeError(`Unknown filter ${name}`);
    params.push(value);
    clauses.push(toSql(`$${params.length}`));
  }
  return { where: clauses.join(' AND '), params };
}

/**
 * List, count and look-up for a resource in the shape react-admin asks for: filters and
 * sort fields are whitelisted, values are always parameters, and every query is scoped
 * to the tenant (RLS checks it again).
 */
export function resourceQueries<Row, T>(definition: ResourceDefinition<Row, T>) {
  // `id` sorts every resource (react-admin's default); a Map, so that `constructor` or
  // `toString` are unknown fields rather than Object.prototype's functions.
  const sorts = new Map(Object.entries({ id: 't.id', ...definition.sort }));
  return {
    /** The API names a list may be sorted by: the gateway refuses any other. */
    sortFields: Object.freeze([...sorts.keys()]),
    async list(tx: TenantTx, query: ListQuery): Promise<T[]> {
      const { where, params } = whereOf(definition, tx, query.filter);
      const sort = sorts.get(query.sortField ?? definition.defaultSort);
      if (sort === undefined) throw new RangeError('Unknown sort field');
      params.push(query.limit, query.offset);
      const rows = await tx.query<Row>(
        `SELECT ${definition.select} ${definition.from} WHERE ${where}
         ORDER BY ${sort} ${query.sortOrder === 'DESC' ? 'DESC' : 'ASC'} NULLS LAST, t.id
         LIMIT $${params.length - 1} OFFSET $${params.length}`,
        params,
      );
      return rows.map(definition.map);
    },
    async count(tx: TenantTx, filter?: Readonly<Record<string, unknown>>): Promise<number> {
      const { where, params } = whereOf(definition, tx, filter);
      const rows = await tx.query<{ count: string }>(
        `SELECT count(*)::text AS count ${definition.from} WHERE ${where}`,
        params,
      );
      return Number(rows[0]?.count ?? '0');
    },
    async findByIds(tx: TenantTx, ids: readonly string[]): Promise<T[]> {
      if (ids.length === 0) return [];
      const rows = await tx.query<Row>(
        `SELECT ${definition.select} ${definition.from} WHERE t.association_id = $1 AND t.id = ANY($2::uuid[])`,
        [tx.associationId, ids],
      );
      return rows.map(definition.map);
    },
    async findById(tx: TenantTx, id: string): Promise<T | undefined> {
      const rows = await tx.query<Row>(
        `SELECT ${definition.select} ${definition.from} WHERE t.association_id = $1 AND t.id = $2`,
        [tx.associationId, id],
      );
      return rows[0] ? definition.map(rows[0]) : undefined;
    },
  };
}

/** Common filter builders. */
export const filter = {
  ids:
    (column = 't.id'): FilterSql =>
    (p) =>
      `${column} = ANY(${p}::uuid[])`,
  equals:
    (column: string): FilterSql =>
    (p) =>
      `${column} = ${p}`,
  search:
    (...columns: string[]): FilterSql =>
    (p) =>
      `(${columns.map((c) => `${c} ILIKE '%' || replace(replace(${p}::text, '%', '\\%'), '_', '\\_') || '%'`).join(' OR ')})`,
};
