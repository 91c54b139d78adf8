import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { checkFilter } from './define-resource.js';

const spec = { ids: 'ids', q: 'text', municipalityId: 'id', activeOn: 'date' } as const;
const id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

describe('the filter a declared resource passes to its repository', () => {
  it('keeps the declared fields, checked, in the types the declaration gives', () => {
    const filter = checkFilter(spec, {
      ids: [id.toUpperCase()],
      q: 'Eks',
      municipalityId: id,
      activeOn: '2026-03-01',
    });
    expect(filter).toEqual({ ids: [id], q: 'Eks', municipalityId: id, activeOn: '2026-03-01' });
    // Typed from the declaration: ids a list, the others strings.
    const ids: readonly string[] | undefined = filter.ids;
    expect(ids).toHaveLength(1);
  });

  it('drops empty values and anything not declared', () => {
    expect(checkFilter(spec, { q: '', municipalityId: null, constructor: 'x', other: 1 })).toEqual(
      {},
    );
    expect(checkFilter(spec, undefined)).toEqual({});
  });

  it('refuses an id that is not a UUID, naming the filter field', () => {
    expect(() => checkFilter(spec, { municipalityId: 'Eksjö' })).toThrow(
      expect.objectContaining({
        extra: expect.objectContaining({ field: 'filter.municipalityId', reason: 'ID.FORMAT' }),
      }),
    );
    expect(() => checkFilter(spec, { ids: [id, 'x'] })).toThrow(
      expect.objectContaining({
        extra: expect.objectContaining({ field: 'filter.ids.1', reason: 'ID.FORMAT' }),
      }),
    );
    expect(() => checkFilter(spec, { activeOn: '2026-02-30' })).toThrow(
      expect.objectContaining({
        extra: expect.objectContaining({ field: 'filter.activeOn', reason: 'DATE.FORMAT' }),
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
    expect(() => checkFilter(fields, { participantId: 'x' })).toThrow(
      expect.objectContaining({
        extra: expect.objectContaining({ field: 'filter.participantId', reason: 'ID.FORMAT' }),
      }),
    );
  });
});
