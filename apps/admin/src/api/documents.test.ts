import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import sdl from '../../../gateway/schema.graphql?raw';
import * as generated from './generated/graphql';

/** Every operation the panel sends: the generated documents of src/api/documents. */
const operations = Object.entries(generated).filter(
  ([name, value]) => name.endsWith('Document') && !name.endsWith('FragmentDoc') && value,
);

describe("the panel's GraphQL documents", () => {
  it('are all generated (one per operation in src/api/documents)', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it("are valid against the gateway's committed schema", () => {
    const schema = buildSchema(sdl);
    const invalid = operations.flatMap(([name, document]) =>
      validate(schema, parse(String(document))).map((e) => `${name}: ${e.message}`),
    );
    expect(invalid).toEqual([]);
  });
});
