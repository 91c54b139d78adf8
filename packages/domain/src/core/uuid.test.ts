import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Uuid } from './uuid.js';

describe('Uuid, the type', () => {
  it('is only what the rule read: text that was not checked is not one', () => {
    const text = '6f1c0a5e-8b2d-4c3a-9e7f-0123456789ab';
    // @ts-expect-error: plain text has not been read as an id (npm run typecheck fails if it is)
    const unchecked: Uuid = text;
    const parsed = Uuid.parse(text);
    expect(parsed.ok && parsed.value).toBe(unchecked);
  });
});

describe('Uuid.parse', () => {
  it('reads an id in lower case, so two spellings are one id', () => {
    const upper = Uuid.parse('6F1C0A5E-8B2D-4C3A-9E7F-0123456789AB');
    const lower = Uuid.parse('6f1c0a5e-8b2d-4c3a-9e7f-0123456789ab');
    expect(upper).toEqual(lower);
    expect(upper.ok && upper.value).toBe('6f1c0a5e-8b2d-4c3a-9e7f-0123456789ab');
  });

  it('reads the braced form some tools write', () => {
    const braced = Uuid.parse('{6f1c0a5e-8b2d-4c3a-9e7f-0123456789ab}');
    expect(braced.ok && braced.value).toBe('6f1c0a5e-8b2d-4c3a-9e7f-0123456789ab');
  });

  it.each([
    '',
    'not-an-id',
    '6f1c0a5e8b2d4c3a9e7f0123456789ab',
    '6f1c0a5e-8b2d-4c3a-9e7f-0123456789a',
    '6f1c0a5e-8b2d-4c3a-9e7f-0123456789abc',
    '6g1c0a5e-8b2d-4c3a-9e7f-0123456789ab',
    ' 6f1c0a5e-8b2d-4c3a-9e7f-0123456789ab',
    '{6f1c0a5e-8b2d-4c3a-9e7f-0123456789ab',
    "6f1c0a5e-8b2d-4c3a-9e7f-0123456789ab' OR '1'='1",
  ])('refuses %j as ID.FORMAT without repeating it', (text) => {
    const parsed = Uuid.parse(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('ID.FORMAT');
      if (text.length > 0) expect(parsed.error.message).not.toContain(text);
    }
  });

  it('reads back every id it wrote, and is agrees with parse', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        const parsed = Uuid.parse(id.toUpperCase());
        return parsed.ok && parsed.value === id.toLowerCase() && Uuid.is(parsed.value);
      }),
    );
  });
});
