import 'reflect-metadata';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema } from './build-schema.js';
import { coachResource, municipalityResource, postResource, projectResource } from './resources.js';

describe('the declared resources', () => {
  it('each give the list, its count, the single read and the filter input', async () => {
    const schema = await buildGatewaySchema();
    const query = schema.getQueryType()?.getFields() ?? {};
    const declared: readonly (readonly [string, string])[] = [
      ['Municipality', 'Municipalities'],
      ['Project', 'Projects'],
      ['Post', 'Posts'],
      ['Coach', 'Coaches'],
    ];
    for (const [name, plural] of declared) {
      expect(String(query[`all${plural}`]?.type)).toBe(`[${name}!]!`);
      expect(String(query[`_all${plural}Meta`]?.type)).toBe('ListMetadata!');
      expect(String(query[name]?.type)).toBe(name);
      expect(query[name]?.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['id: UUID!']);
      expect(query[`all${plural}`]?.args.map((a) => a.name).sort()).toEqual(
        ['filter', 'page', 'perPage', 'sortField', 'sortOrder'].sort(),
      );
    }
    expect(printSchema(schema)).toContain('input CoachFilter {');
  });

  it("sort by the repository's whitelist", () => {
    expect(coachResource.sortFields).toContain('name');
    expect(municipalityResource.sortFields).toContain('code');
    expect(projectResource.sortFields).toContain('startsOn');
    expect(postResource.sortFields).toContain('fte');
  });
});
