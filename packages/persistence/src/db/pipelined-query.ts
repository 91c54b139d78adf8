import pg from 'pg';

/** A statement whose result is not needed: sent ahead of the one that answers. */
export type LeadingStatement = { readonly text: string; readonly values: readonly string[] };

type Connection = {
  parse(config: { text: string; name: string; types: unknown[] }): void;
  bind(config: { portal: string; statement: string; values: readonly string[] }): void;
  execute(config: { portal: string; rows: number }): void;
};

type QueryInternals = {
  prepare(connection: Connection): void;
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

  constructor(
    private readonly leading: readonly LeadingStatement[],
    text: string,
    values: readonly unknown[],
    callback: Callback,
  ) {
    super({ text, values: [...values], queryMode: 'extended', callback });
    this.pendingLeading = leading.length;
  }

  override prepare(connection: Connection): void {
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

/** Runs the leading statements and then `text` on `client` in one round trip. */
export function pipelinedQuery<R>(
  client: pg.ClientBase,
  leading: readonly LeadingStatement[],
  text: string,
  values: readonly unknown[],
): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const query = new PipelinedQuery(leading, text, values, (error, result) => {
      if (error) reject(error);
      else resolve((result?.rows ?? []) as R[]);
    });
    client.query(query as unknown as pg.Submittable);
  });
}
