import type { Statement } from './pg-pipeline-adapter.js';

/** Collects the statements issued in one turn of the event loop and sends them together. */
export type StatementBatcher = {
  add<R>(statement: Statement): Promise<R[]>;
};

type Pending = {
  readonly statement: Statement;
  readonly resolve: (rows: unknown[]) => void;
  readonly reject: (error: unknown) => void;
};

/**
 * Statements added before the current microtask queue drains (independent reads awaited
 * together, e.g. under `Promise.all`) go to `send` as one batch, in the order added; each
 * gets its own rows back, and a failure fails every statement of its batch (they share one
 * `Sync`, so none of them took effect on its own).
 */
export function statementBatcher(
  send: (statements: readonly Statement[]) => Promise<unknown[][]>,
): StatementBatcher {
  let batch: Pending[] | undefined;
  const flush = () => {
    const items = batch ?? [];
    batch = undefined;
    send(items.map((item) => item.statement)).then(
      (results) => items.forEach((item, i) => item.resolve(results[i] ?? [])),
      (error: unknown) => items.forEach((item) => item.reject(error)),
    );
  };
  return {
    add<R>(statement: Statement): Promise<R[]> {
      return new Promise<R[]>((resolve, reject) => {
        if (!batch) {
          batch = [];
          queueMicrotask(flush);
        }
        batch.push({ statement, resolve: resolve as (rows: unknown[]) => void, reject });
      });
    },
  };
}
