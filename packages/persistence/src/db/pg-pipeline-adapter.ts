import { createRequire } from 'node:module';
import pg from 'pg';

/** `pg`'s own mapping of a bound value to its wire text (dates, arrays, buffers, JSON). */
const pgUtils = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue?: (value: unknown) => string | Buffer | null;
};

/**
 * The one module that reaches into `pg`'s internals (ADR 0006). `pg` has no public API for
 * sending several statements in one round trip, so this adapter subclasses `pg.Query` and
 * drives the connection's extended-protocol messages itself. Everything it relies on is
 * listed in `PG_INTERNALS` and checked when the module loads; `pg-pipeline-adapter.int.test.ts`
 * checks the behaviour against the installed `pg` and fails when `pg`'s major or minor
 * version is not `PG_VERSION_PINNED`, so an upgrade is a deliberate step: re-read
 * `pg/lib/query.js` and `pg/lib/client.js`, run the contract test, then move the pin.
 */

/** The `pg` release line (major.minor) this adapter was written and tested against. */
export const PG_VERSION_PINNED = '8.23';

/**
 * What the adapter relies on, by name:
 * - `pg.Query.prototype` has `prepare(connection)`, `handleDataRow`, `handleCommandComplete`,
 *   `handleError` and `handleReadyForQuery`, called by the client for the active query;
 * - a client's `connection` has `parse`, `bind`, `describe` and `execute` (one message each,
 *   sent before the query's own `Sync`), emits `parseComplete` per answered Parse, and keeps
 *   the names of prepared statements in `parsedStatements` and `submittedNamedStatements`;
 * - `Query` keeps one `Result` per RowDescription/CommandComplete pair, as an array once
 *   there is more than one (`_results`, as for a multi-statement simple query);
 * - `pg/lib/utils` exports `prepareValue`, the mapping `Query` applies to bound values.
 */
export const PG_INTERNALS = {
  queryMethods: [
    'prepare',
    'handleDataRow',
    'handleCommandComplete',
    'handleError',
    'handleReadyForQuery',
  ],
  connectionMethods: ['parse', 'bind', 'describe', 'execute', 'on', 'removeListener'],
  connectionMaps: ['parsedStatements', 'submittedNamedStatements'],
  connectionEvents: ['parseComplete'],
} as const;

/** The query methods the adapter overrides that this `pg` lacks (empty when it fits). */
export function missingQueryInternals(): string[] {
  const prototype = pg.Query.prototype as unknown as Record<string, unknown>;
  return PG_INTERNALS.queryMethods.filter((name) => typeof prototype[name] !== 'function');
}

const missing = missingQueryInternals();
if (typeof (pgUtils as { prepareValue?: unknown }).prepareValue !== 'function')
  missing.push('utils.prepareValue');
if (missing.length > 0)
  throw new Error(
    `pg-pipeline-adapter: this pg's Query lacks ${missing.join(', ')}; the adapter was written for pg ${PG_VERSION_PINNED}`,
  );

/**
 * A statement whose result is not needed, sent ahead of the one that answers. A name
 * makes it a prepared statement, parsed once per connection (the tenant setup, `BEGIN`).
 */
export type LeadingStatement = {
  readonly text: string;
  readonly values: readonly string[];
  readonly name?: string;
};

/** The statement that answers; a name makes it a prepared statement kept by the connection. */
export type Statement = {
  readonly text: string;
  readonly values: readonly unknown[];
  readonly name?: string | undefined;
};

type Connection = {
  parsedStatements: Record<string, string | undefined>;
  submittedNamedStatements: Record<string, string | undefined>;
  parse(config: { text: string; name: string; types: unknown[] }): void;
  bind(config: { portal: string; statement: string; values: readonly string[] }): void;
  describe(config: { type: 'P'; name: string }): void;
  execute(config: { portal: string; rows: number }): void;
  on(event: 'parseComplete', listener: () => void): void;
  removeListener(event: 'parseComplete', listener: () => void): void;
};

type QueryInternals = {
  prepare(connection: Connection): void;
  readonly text: string;
  handleDataRow(message: unknown): void;
  handleCommandComplete(message: unknown, connection: Connection): void;
  handleError(error: Error, connection: Connection): void;
  handleReadyForQuery(connection: Connection): void;
};

type Callback = (error: Error | null, result?: pg.QueryResult | pg.QueryResult[]) => void;

type QueryOptions = pg.QueryConfig & { queryMode: 'extended'; callback: Callback };

const QueryBase = pg.Query as unknown as new (config: QueryOptions) => QueryInternals;

const prepareValue = (value: unknown): string | null => {
  const prepared = pgUtils.prepareValue?.(value) ?? null;
  return prepared === null || typeof prepared === 'string' ? prepared : prepared.toString();
};

/**
 * One round trip for several statements (PostgreSQL's extended protocol, one `Sync`):
 * the leading statements run first, in order, and are not answered; then every statement
 * of `statements`, in order, each answered with its own rows. Until the `Sync` they share
 * one transaction, so a failure in any of them rolls back all of them (or leaves an
 * explicit `BEGIN` aborted for the caller's `ROLLBACK`). This is how the tenant setup
 * (`SET LOCAL ROLE`, the association id) travels with the first statement instead of
 * costing a round trip of its own, and how independent reads issued together share one.
 *
 * Named statements are marked parsed on the connection only when their own ParseComplete
 * arrives: the server answers Parses in order and stops at the first error, so counting
 * the answers tells exactly which exist.
 */
class PipelinedQuery extends QueryBase {
  private pendingLeading: number;
  private stopCounting: (() => void) | undefined;
  private readonly last: Statement;

  constructor(
    private readonly leading: readonly LeadingStatement[],
    private readonly statements: readonly Statement[],
    callback: Callback,
  ) {
    const last = statements[statements.length - 1];
    if (!last) throw new RangeError('pipelinedBatch needs at least one statement');
    super({
      text: last.text,
      values: [...last.values],
      ...(last.name ? { name: last.name } : {}),
      queryMode: 'extended',
      callback,
    });
    this.last = last;
    this.pendingLeading = leading.length;
  }

  override prepare(connection: Connection): void {
    // The Parses sent, in order (no name for unnamed ones).
    const parses: { name?: string; text: string }[] = [];
    const parseOnce = (text: string, name: string) => {
      if (connection.parsedStatements[name] || connection.submittedNamedStatements[name]) return;
      connection.parse({ text, name, types: [] });
      connection.submittedNamedStatements[name] = text;
      parses.push({ name, text });
    };
    const parseUnnamed = (text: string) => {
      connection.parse({ text, name: '', types: [] });
      parses.push({ text });
    };
    for (const statement of [...this.statements, ...this.leading]) {
      if (statement.name) parseOnce(statement.text, statement.name);
    }
    for (const statement of this.leading) {
      if (!statement.name) parseUnnamed(statement.text);
      connection.bind({ portal: '', statement: statement.name ?? '', values: statement.values });
      connection.execute({ portal: '', rows: 0 });
    }
    // Every answered statement but the last is described and executed here; the last is
    // the query's own (`super.prepare` binds, describes, executes and sends the `Sync`).
    for (const statement of this.statements.slice(0, -1)) {
      if (!statement.name) parseUnnamed(statement.text);
      connection.bind({
        portal: '',
        statement: statement.name ?? '',
        values: statement.values.map(prepareValue) as string[],
      });
      connection.describe({ type: 'P', name: '' });
      connection.execute({ portal: '', rows: 0 });
    }
    // An unnamed last statement is parsed by `super.prepare`, after the others: count it.
    if (!this.last.name) parses.push({ text: this.last.text });
    if (parses.some((parse) => parse.name)) this.countParses(connection, parses);
    super.prepare(connection);
  }
  private countParses(
    connection: Connection,
    parses: readonly { name?: string; text: string }[],
  ): void {
    let answered = 0;
    const onParseComplete = () => {
      const parse = parses[answered];
      answered += 1;
      if (parse?.name) connection.parsedStatements[parse.name] = parse.text;
    };
    connection.on('parseComplete', onParseComplete);
    this.stopCounting = () => {
      connection.removeListener('parseComplete', onParseComplete);
      // A Parse the server never answered did not happen: send it again next time.
      for (const { name } of parses.slice(answered)) {
        if (name && !connection.parsedStatements[name])
          connection.submittedNamedStatements[name] = undefined;
      }
    };
  }

  // The leading statements are executed without a Describe: their data rows carry no
  // field descriptions and are skipped, as are their command-complete messages.
  override handleDataRow(message: unknown): void {
    if (this.pendingLeading === 0) super.handleDataRow(message);
  }

  override handleCommandComplete(message: unknown, connection: Connection): void {
    if (this.pendingLeading > 0) this.pendingLeading -= 1;
    else super.handleCommandComplete(message, connection);
  }

  override handleError(error: Error, connection: Connection): void {
    this.stopCounting?.();
    super.handleError(error, connection);
  }

  override handleReadyForQuery(connection: Connection): void {
    this.stopCounting?.();
    super.handleReadyForQuery(connection);
  }
}

/**
 * Runs the leading statements and then each of `statements` on `client` in one round trip;
 * answers the rows of each statement, in order.
 */
export function pipelinedBatch(
  client: pg.ClientBase,
  leading: readonly LeadingStatement[],
  statements: readonly Statement[],
): Promise<unknown[][]> {
  return new Promise((resolve, reject) => {
    const query = new PipelinedQuery(leading, statements, (error, result) => {
      if (error) return reject(error);
      const results = Array.isArray(result) ? result : result ? [result] : [];
      resolve(statements.map((_, i) => (results[i]?.rows ?? []) as unknown[]));
    });
    client.query(query as unknown as pg.Submittable);
  });
}
