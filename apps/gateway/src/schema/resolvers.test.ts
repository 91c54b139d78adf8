import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { declaredResources, resolvers } from './resolvers.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Every `<module>/<name>.resolver.ts` of the gateway, and schema/resources.ts. */
function resolverFiles(): string[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.resolver.ts'));
  return [...files, 'schema/resources.ts'].sort();
}

const isDeclaration = (value: unknown): value is (typeof declaredResources)[number] =>
  typeof value === 'object' && value !== null && 'resolver' in value && 'operations' in value;

describe('the resolver registry (schema/resolvers.ts)', () => {
  it('registers every resolver class and every declared resource of every module', async () => {
    const registered = new Set<unknown>(resolvers);
    const declared = new Set<unknown>(declaredResources);
    const missing: string[] = [];
    for (const file of resolverFiles()) {
      const exports = (await import(`${SRC}${file}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (isDeclaration(value) && !declared.has(value)) missing.push(`${file}: ${name}`);
        if (typeof value === 'function' && name.endsWith('Resolver') && !registered.has(value))
          missing.push(`${file}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds the modules it checks', () => {
    expect(resolverFiles()).toContain('meeting/meeting.resolver.ts');
    expect(resolverFiles()).toContain('employer/employer.resolver.ts');
  });
});
