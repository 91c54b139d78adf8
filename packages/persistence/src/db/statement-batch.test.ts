import { describe, expect, it } from 'vitest';
import type { Statement } from './pg-pipeline-adapter.js';
import { statementBatcher } from './statement-batch.js';

const statement = (text: string): Statement => ({ text, values: [] });

describe('statementBatcher', () => {
  it('sends the statements added in one turn as one batch, in order, each with its rows', async () => {
    const sent: string[][] = [];
    const batcher = statementBatcher(async (statements) => {
      sent.push(statements.map((s) => s.text));
      return statements.map((s) => [{ text: s.text }]);
    });
    const together = await Promise.all([
      batcher.add(statement('a')),
      batcher.add(statement('b')),
      batcher.add(statement('c')),
    ]);
    const after = await batcher.add(statement('d'));
    expect(sent).toEqual([['a', 'b', 'c'], ['d']]);
    expect(together).toEqual([[{ text: 'a' }], [{ text: 'b' }], [{ text: 'c' }]]);
    expect(after).toEqual([{ text: 'd' }]);
  });

  it('fails every statement of a failed batch, and only that batch', async () => {
    const batcher = statementBatcher(async (statements) => {
      if (statements.some((s) => s.text === 'bad')) throw new Error('refused');
      return statements.map(() => [{ ok: true }]);
    });
    const first = batcher.add(statement('good'));
    const second = batcher.add(statement('bad'));
    await expect(first).rejects.toThrow('refused');
    await expect(second).rejects.toThrow('refused');
    await expect(batcher.add(statement('good'))).resolves.toEqual([{ ok: true }]);
  });
});
