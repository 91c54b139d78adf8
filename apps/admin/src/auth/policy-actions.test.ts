import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_ACTIONS } from './policy.generated';
import { RESOURCE_ACTIONS } from './roles';

// The panel decides what to offer from the gateway's policy actions. policy.generated.ts is
// the gateway's table (apps/gateway/src/auth/policy-docs.test.ts fails when it is stale);
// this checks that every action name the panel asks about is one of them.
// Run from apps/admin (npm test, turbo and vitest all start there).
const SRC = resolve(process.cwd(), 'src') + '/';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every action named in a `can(…, 'action')` or `scopeOf(…, 'action')` call of the panel. */
function actionsAskedFor(): Map<string, string> {
  const asked = new Map<string, string>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\b(?:can|scopeOf)\([^,()]+(?:\([^)]*\))?,\s*'([^']+)'\)/g))
      asked.set(match[1] ?? '', file.slice(SRC.length));
  }
  return asked;
}

describe("the panel's action names are the gateway's", () => {
  it('finds the checks it is meant to check', () => {
    expect([...actionsAskedFor().keys()]).toEqual(
      expect.arrayContaining(['consent.write', 'reallocation.review', 'participant.export']),
    );
  });
  it('asks only about actions the gateway has', () => {
    const unknown = [...actionsAskedFor()].filter(
      ([action]) => !(POLICY_ACTIONS as readonly string[]).includes(action),
    );
    expect(unknown).toEqual([]);
  });
  it('maps every resource to actions the gateway has', () => {
    for (const { list, write } of Object.values(RESOURCE_ACTIONS)) {
      expect(POLICY_ACTIONS).toContain(list);
      if (write) expect(POLICY_ACTIONS).toContain(write);
    }
  });
});
