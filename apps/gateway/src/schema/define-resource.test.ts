import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { Uuid } from '@finsam-se/domain';
import { checkFilter } from './define-resource.js';

const spec = { ids: 'ids', q: 'text', municipalityId: 'id', activeOn: 'date' } as const;
// As the UUID scalar hands them over: already read (schema/scalars.ts).
const id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' as Uuid;

describe('the filter a declared resource passes to its repository', () => {
  it('keeps the declared fields, checked, in the types the declaration gives', () => {
    const filter = checkFilter(spec, {
      ids: [id],
      q: 'Eks',
      municipalityId: id,
      activeOn: '2026-03-01',
    });
    expect(filter).toEqual({ ids: [id], q: 'Eks', municipalityId: id, activeOn: '2026-03-01' });
    // Typed from the declaration: ids a list of Uuid, an id a Uuid, the others strings.
    const ids: readonly Uuid[] | undefined = filter.ids;
    const municipalityId: Uuid | undefined = filter.municipalityId;
    expect(municipalityId).toBe(id);
    expect(ids).toHaveLength(1);
  });

  it('drops empty values and anything not declared', () => {
    expect(checkFilter(spec, { q: '', municipalityId: null, constructor: 'x', other: 1 })).toEqual(
      {},
    );
    expect(checkFilter(spec, undefined)).toEqual({});
  });

  it('refuses a list of more than 1,000 ids, naming the field', () => {
    expect(() => checkFilter(spec, { ids: Array.from({ length: 1001 }, () => id) })).toThrow(
      expect.objectContaining({
        extra: expect.objectContaining({ field: 'filter.ids', reason: 'ID.TOO_MANY' }),
      }),
    );
  });

  it('keeps a boolean false, takes a described kind as its kind and runs a field’s own check', () => {
    const fields = {
      active: 'boolean',
      participantId: { kind: 'id', description: 'The referrals of one participant.' },
      state: { type: () => String },
      q: { type: () => String, check: (field: string, value: string) => `${field}:${value}` },
    } as const;
    expect(checkFilter(fields, { active: false, state: 'received', q: 'Eks' })).toEqual({
      active: false,
      state: 'received',
      q: 'filter.q:Eks',
    });
    expect(checkFilter(fields, { participantId: id })).toEqual({ participantId: id });
  });
});
