import type { Uuid } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { input, isPlainText } from './input.js';

describe('edge validation', () => {
  it('accepts ordinary Swedish text with newlines, refuses control and bidi characters', () => {
    expect(isPlainText('Åsa Öberg\nrad två')).toBe(true);
    expect(isPlainText('emoji 🙂 ok')).toBe(true);
    expect(isPlainText('nul\u0000')).toBe(false);
    expect(isPlainText('lone \ud800')).toBe(false);
    expect(isPlainText('\u202eevil')).toBe(false);
  });
  it('names the field and the reason', () => {
    expect(() => input.text('name', '  ')).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        extra: {
          field: 'name',
          reason: 'TEXT.LENGTH',
          messageEn: 'The text must be 1–200 characters.',
        },
      }),
    );
    expect(() => input.fte('fte', 0.333)).toThrow(
      expect.objectContaining({
        extra: expect.objectContaining({ field: 'fte', reason: 'FTE.FORMAT' }),
      }),
    );
    expect(() => input.date('on', '2019-02-29')).toThrow(
      expect.objectContaining({ extra: expect.objectContaining({ reason: 'DATE.FORMAT' }) }),
    );
    expect(input.uuid('id', 'AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA')).toBe(
      'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    );
  });
});

describe('ids', () => {
  it("reads an id as graphql-scalars' UUID does, in lower case", () => {
    expect(input.uuid('id', '{AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA}')).toBe(
      'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    );
  });

  it('refuses anything else with ID.FORMAT, naming the field and never the value', () => {
    for (const bad of ['', 'nope', '19680302-9971', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa']) {
      let thrown: unknown;
      try {
        input.uuid('filter.ids.0', bad);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'Ogiltigt id.',
        extra: { field: 'filter.ids.0', reason: 'ID.FORMAT' },
      });
    }
  });

  it('bounds a list of ids the UUID scalar read, so one request cannot ask for every row', () => {
    const ids = Array.from({ length: 1001 }, () => 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' as Uuid);
    expect(input.idList('filter.ids', ids.slice(0, 1000))).toHaveLength(1000);
    expect(() => input.idList('filter.ids', ids)).toThrow(
      expect.objectContaining({
        extra: expect.objectContaining({ field: 'filter.ids', reason: 'ID.TOO_MANY' }),
      }),
    );
  });
});
