/**
 * `firstName` → `first_name`: every entity column is named after its property this way
 * (`row-of.test.ts` checks all of them), so a property name gives its column name.
 */
export type ColumnName<P extends string> = P extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${ColumnName<Tail>}`
  : P;

/**
 * A row of raw SQL over an entity's table: the columns `K`, keyed by column name (what `pg`
 * returns for `SELECT first_name, …`) and typed by the entity, so a repository's row type
 * cannot drift from the schema the entity (and the schema test) describes. A column
 * selected in another shape (`to_char(...)`, a join) stays declared beside it.
 */
export type RowOf<Entity, K extends keyof Entity & string> = {
  [P in K as ColumnName<P>]: Entity[P];
};

/** An entity row with some columns narrowed to the repository's own closed set of values. */
export type Narrowed<Row, Narrower extends { [C in keyof Row]?: Row[C] }> = Omit<
  Row,
  keyof Narrower
> &
  Narrower;
