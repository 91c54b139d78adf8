import pg from 'pg';

/** A statement whose result is not needed: sent ahead of the one that answers. */
export type LeadingStatement = { readonly text: string; readonly values: readonly string[] };

type Connection = {
  parsedStatements: Record<string, string | undefined>;
  submittedNamedStatements: Record<string, string | undefined>;
  parse(config: { text: string; name: string; types: unknown[] }): void;
  bind(config: { portal: string; statement: string; values: readonly string[] }): void;
  execute(config: { portal: string; rows: number }): void;
};

type QueryInternals = {
  prepare(connection: Connection): void;
  readonly text: string;
  handleDataRow(message: unknown): void;
  handleCommandComplete(message: unknown, connection: Connection): void;
};

type Callback = (error: Error | null, result?: pg.QueryResult) => void;

type QueryOptions = pg.QueryConfig & { queryMode: 'extended'; callback: Callback };

const QueryBase = pg.Query as unknown as new (config: QueryOptions) => QueryInternals;

/**
 * One round trip for several statements (PostgreSQL's extended protocol, one `Sync`):
 * the leading statements run first, in order, and only the last one's rows are kept.
 * Until the `Sync` they share one transaction, so a failure in any of them rolls back all
 * of them (or leaves an explicit `BEGIN` aborted for the caller's `ROLLBACK`). This is
 * how the tenant setup (`SET LOCAL ROLE`, the association id) travels with the first
 * statement instead of costing a round trip of its own.
 */
class PipelinedQuery extends QueryBase {
  private pendingLeading: number;
  private readonly statementName: string | undefined;

  constructor(
    private readonly leading: readonly LeadingStatement[],
    statement: Statement,
    callback: Callback,
  ) {
    super({
      text: statement.text,
      values: [...statement.values],
      ...(statement.name ? { name: statement.name } : {}),
      queryMode: 'extended',
      callback,
    });
    this.statementName = statement.name;
    this.pendingLeading = leading.length;
  }

  override prepare(connection: Connection): void {
    // pg marks a named statement parsed at the round trip's first ParseComplete, so its
    // Parse goes first: then that mark is true whatever fails later (a parsed statement
    // outlives a rolled-back transaction), and false if the Parse itself fails.
    const name = this.statementName;
    if (name && !connection.parsedStatements[name] && !connection.submittedNamedStatements[name]) {
      connection.parse({ text: this.text, name, types: [] });
      connection.submittedNamedStatements[name] = this.text;
    }
    for (const statement of this.leading) {
      connection.parse({ text: statement.text, name: '', types: [] });
      connection.bind({ portal: '', statement: '', values: statement.values });
      connection.execute({ portal: '', rows: 0 });
    }
    super.prepare(connection);
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
}

/** The statement that answers; a name makes it a prepared statement kept by the connection. */
export type Statement = {
  readonly text: string;
  readonly values: readonly unknown[];
  readonly name?: string | undefined;
};

/** Runs the leading statements and then `statement` on `client` in one round trip. */
export function pipelinedQuery<R>(
  client: pg.ClientBase,
  leading: readonly LeadingStatement[],
  statement: Statement,
): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const query = new PipelinedQuery(leading, statement, (error, result) => {
      if (error) reject(error);
      else resolve((result?.rows ?? []) as R[]);
    });
    client.query(query as unknown as pg.Submittable);
  });
}
