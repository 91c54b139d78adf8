import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OPERATION_ACTIONS } from './operation-actions.js';
import { ACTIONS } from './policy-table.js';

const SCHEMA = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));

/**
 * Actions checked inside an operation rather than being one (the personnummer in clear), or
 * by an HTTP path instead of GraphQL (the import, /import/*).
 */
const NOT_AN_OPERATION = ['participant.readPersonnummer', 'import.run'];

describe('every operation of the schema has a policy action', () => {
  it('covers every Query field, and no field that does not exist', () => {
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {}).sort();
    expect(Object.keys(OPERATION_ACTIONS.query).sort()).toEqual(fields);
  });
  it('covers every Mutation field, and no field that does not exist', () => {
    const fields = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(Object.keys(OPERATION_ACTIONS.mutation).sort()).toEqual(fields);
  });
  it('uses every action of the table (none is dead)', () => {
    const used = new Set<string>([
      ...Object.values(OPERATION_ACTIONS.query),
      ...Object.values(OPERATION_ACTIONS.mutation),
      ...NOT_AN_OPERATION,
    ]);
    expect(ACTIONS.filter((action) => !used.has(action))).toEqual([]);
  });
});
