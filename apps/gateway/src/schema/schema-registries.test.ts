import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { meetings } from '@finsam-se/persistence';
import { GraphQLInputObjectType } from 'graphql';
import { buildSchema } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { SeGroupMeetingType } from '../meeting/meeting.type.js';
import { ownMunicipalityScope } from '../shared/municipality-scope.js';
import { defineResource } from './define-resource.js';
import { resolvers } from './resolvers.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const DOC = readFileSync(`${ROOT}docs/adding-a-resource.md`, 'utf8');

/** The rows of the doc's first table: `| # | file | new or one line | what |`. */
function fileRows(): { n: number; path: string; kind: string }[] {
  const table = DOC.slice(DOC.indexOf('## The files'), DOC.indexOf('Generated, not written'));
  return [...table.matchAll(/^\| (\d+) +\| `([^`]+)`[^|]*\| ([^|]+?) +\|/gm)].map((m) => ({
    n: Number(m[1]),
    path: m[2] ?? '',
    kind: m[3] ?? '',
  }));
}

describe('docs/adding-a-resource.md against the tree', () => {
  it('states the count its table lists', () => {
    const rows = fileRows();
    expect(rows.map((row) => row.n)).toEqual(rows.map((_, i) => i + 1));
    const stated = /\*\*The count, honestly: (\d+) places/.exec(DOC)?.[1];
    expect(Number(stated)).toBe(rows.length);
  });

  it('names registries that exist, where the doc says', () => {
    const registries = fileRows().filter((row) => row.kind !== 'new');
    expect(registries.length).toBeGreaterThan(0);
    for (const row of registries) expect(existsSync(`${ROOT}${row.path}`), row.path).toBe(true);
  });

  it("gives the example's reads and its writes' actions from its declaration (file 9)", async () => {
    // The doc's visit, declared over an existing repository: no filter input, triplet or
    // operation-actions line is written by hand for it.
    const visitResource = defineResource({
      name: 'Visit',
      plural: 'Visits',
      type: SeGroupMeetingType,
      filters: { ids: 'ids', municipalityId: 'id', q: 'text' },
      repository: meetings,
      action: 'seGroupMeeting.read',
      scope: ownMunicipalityScope,
      toType: SeGroupMeetingType.from,
      writes: { createVisit: 'seGroupMeeting.write' },
    });
    const schema = await buildSchema({
      resolvers: [...resolvers, visitResource.resolver],
      validate: false,
    });
    const query = schema.getQueryType()?.getFields() ?? {};
    expect(String(query.allVisits?.type)).toBe('[SeGroupMeeting!]!');
    expect(String(query._allVisitsMeta?.type)).toBe('ListMetadata!');
    expect(String(query.Visit?.type)).toBe('SeGroupMeeting');
    const filter = schema.getType('VisitFilter');
    expect(filter instanceof GraphQLInputObjectType && Object.keys(filter.getFields())).toEqual([
      'ids',
      'municipalityId',
      'q',
    ]);
    expect(visitResource.operations).toEqual({
      allVisits: 'seGroupMeeting.read',
      _allVisitsMeta: 'seGroupMeeting.read',
      Visit: 'seGroupMeeting.read',
    });
    expect(visitResource.writes).toEqual({ createVisit: 'seGroupMeeting.write' });
    expect(fileRows().map((row) => row.path)).not.toContain(
      'apps/gateway/src/auth/operation-actions.ts',
    );
  });
});
