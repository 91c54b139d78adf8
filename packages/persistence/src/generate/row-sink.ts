import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  type CellValue,
  type GeneratedTable,
  type NamedRow,
  type Row,
  generatedTables,
  rowInColumnOrder,
} from './tables.js';

/** Where generated rows go: buffered per table and written with COPY in FK order. */
export type RowSink = {
  /** Every column of the table by name (a missing or misspelt column fails typecheck). */
  add<T extends GeneratedTable>(table: T, row: NamedRow<T>): void;
  /** Writes every buffered row (call at the end; also called when buffers fill up). */
  flush(): Promise<void>;
  /** Flushes only when enough rows are buffered: keeps memory bounded. */
  flushIfFull(): Promise<void>;
  readonly written: () => number;
};

function escapeText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** One value in PostgreSQL's COPY text format. */
export function copyCell(value: CellValue): string {
  if (value === null) return '\\N';
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return escapeText(String(value));
}

export function createCopySink(client: pg.ClientBase, flushAt = 20_000): RowSink {
  const buffers = new Map<GeneratedTable, Row[]>();
  let buffered = 0;
  let written = 0;

  async function writeAll(): Promise<void> {
    for (const table of Object.keys(generatedTables) as GeneratedTable[]) {
      const rows = buffers.get(table);
      if (!rows || rows.length === 0) continue;
      buffers.set(table, []);
      const columns = generatedTables[table].join(', ');
      const lines = rows.map((row) => `${row.map(copyCell).join('\t')}\n`);
      const stream = client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`));
      await pipeline(Readable.from(lines), stream);
      written += rows.length;
    }
    buffered = 0;
  }

  return {
    add(table, row) {
      let rows = buffers.get(table);
      if (!rows) {
        rows = [];
        buffers.set(table, rows);
      }
      rows.push(rowInColumnOrder(table, row));
      buffered += 1;
    },
    flush: writeAll,
    async flushIfFull() {
      if (buffered >= flushAt) await writeAll();
    },
    written: () => written,
  };
}
