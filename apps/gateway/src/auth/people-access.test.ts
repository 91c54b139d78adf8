import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PEOPLE_ACCESS, PEOPLE_WRITERS } from './actor.js';

const DOC = fileURLToPath(new URL('../../../../docs/personal-data.md', import.meta.url));

/** The rows of the people-access table in docs/personal-data.md: role → reads, writes. */
function documentedAccess(): Record<string, { reads: string; writes: boolean }> {
  const rows: Record<string, { reads: string; writes: boolean }> = {};
  for (const line of readFileSync(DOC, 'utf8').split('\n')) {
    const match = /^\s*\|[^|`]*\(`(\w+)`\)\s*\|\s*`(\w+)`[^|]*\|\s*(yes|no)\s*\|\s*$/.exec(line);
    if (match) rows[match[1] ?? ''] = { reads: match[2] ?? '', writes: match[3] === 'yes' };
  }
  return rows;
}

describe('who reads and writes people', () => {
  it('is documented exactly as the code decides it', () => {
    expect(documentedAccess()).toEqual(PEOPLE_ACCESS);
  });
  it('lets no role write people it cannot read, and the board and steering write none', () => {
    for (const role of PEOPLE_WRITERS) expect(PEOPLE_ACCESS[role].reads).not.toBe('none');
    expect(PEOPLE_WRITERS).toEqual(['manager', 'municipal_chief', 'coach']);
  });
});
