import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPersonnummer, maskPersonnummer, parsePersonnummer } from './personnummer.js';
import { isTestPersonnummer, testPersonnummer } from './test-personnummer.js';

// Fixtures are Skatteverket-style test numbers only (serial 980–999), never real people.
// 811218-987: Luhn over 811218987 → weights 2,1,2,1,2,1,2,1,2:
// 16→7, 1, 2, 2, 2, 8, 18→9, 8, 14→5 → sum 44 → check (10 − 4) % 10 = 6 → 811218-9876.
const today = '2026-11-25';

describe('parsePersonnummer', () => {
  it('accepts every written form and normalises to twelve digits', () => {
    for (const input of [
      '811218-9876',
      '8112189876',
      '198112189876',
      '19811218-9876',
      ' 811218-9876 ',
    ]) {
      const result = parsePersonnummer(input, { today });
      expect(result).toEqual({
        ok: true,
        value: {
          normalized: '198112189876',
          birthDate: '1981-12-18',
          kind: 'personnummer',
          legalGender: 'male',
        },
      });
    }
  });

  it('reads legal gender from the ninth digit: even is female', () => {
    const female = testPersonnummer('1990-01-01', 'female', 3);
    const parsed = parsePersonnummer(female);
    expect(parsed.ok && parsed.value.legalGender).toBe('female');
  });

  it('fails a ten-digit form without today: the century is unknown', () => {
    expect(parsePersonnummer('811218-9876')).toMatchObject({
      ok: false,
      error: { code: 'PERSONNUMMER.CENTURY' },
    });
    expect(parsePersonnummer('811218-9876', { today: 'not a date' })).toMatchObject({
      ok: false,
      error: { code: 'PERSONNUMMER.CENTURY' },
    });
  });

  it('takes the century from today by calendar year, as Skatteverket does', () => {
    // 100505-9819: Luhn over 100505981 → 2,0,0,5,0,5,18→9,8,2 = 31 → 9.
    expect(parsePersonnummer('100505-9819', { today })).toMatchObject({
      ok: true,
      value: { birthDate: '2010-05-05' },
    });
    // Read on 2010-05-04 with '-': the person turns at most 99 in 2010, so 1911–2010, and
    // 2010-05-05 has not come yet. Someone born 1910-05-05 turns 100 in 2010 and writes '+'.
    expect(parsePersonnummer('100505-9819', { today: '2010-05-04' })).toMatchObject({
      ok: false,
      error: { code: 'PERSONNUMMER.DATE' },
    });
    expect(parsePersonnummer('100505+9819', { today: '2010-05-04' })).toMatchObject({
      ok: true,
      value: { birthDate: '1910-05-05' },
    });
  });

  // 261230-9811: Luhn over 261230981 → 4,6,2,2,6,0,18→9,8,2 = 39 → 1. Born 1926-12-30, the
  // person turns 100 in 2026: Skatteverket writes '+' from 1 January 2026, before the birthday.
  it('reads + from the calendar year the person turns 100, not from the birthday', () => {
    expect(parsePersonnummer('261230+9811', { today })).toMatchObject({
      ok: true,
      value: { birthDate: '1926-12-30', normalized: '192612309811' },
    });
    expect(parsePersonnummer('261230+9811', { today: '2026-01-01' })).toMatchObject({
      ok: true,
      value: { birthDate: '1926-12-30' },
    });
    // The year before, the same person still writes '-' (turns 99 in 2025).
    expect(parsePersonnummer('261230-9811', { today: '2025-12-31' })).toMatchObject({
      ok: true,
      value: { birthDate: '1926-12-30' },
    });
    // In 2026 a '-' number can only be born 1927–2026: 2026-12-30 is after today.
    expect(parsePersonnummer('261230-9811', { today })).toMatchObject({
      ok: false,
      error: { code: 'PERSONNUMMER.DATE' },
    });
    expect(parsePersonnummer('261230-9811', { today: '2026-12-30' })).toMatchObject({
      ok: true,
      value: { birthDate: '2026-12-30' },
    });
    // 270101-9800: Luhn over 270101980 → 4,7,0,1,0,1,18→9,8,0 = 30 → 0. Turns 100 in 2027.
    expect(parsePersonnummer('270101-9800', { today })).toMatchObject({
      ok: true,
      value: { birthDate: '1927-01-01' },
    });
  });

  it('writes + from 1 January of the year the person turns 100', () => {
    expect(formatPersonnummer('192612309811', 'short', '2025-12-31')).toBe('261230-9811');
    expect(formatPersonnummer('192612309811', 'short', '2026-01-01')).toBe('261230+9811');
    expect(formatPersonnummer('192612309811', 'short', today)).toBe('261230+9811');
    expect(formatPersonnummer('192701019800', 'short', today)).toBe('270101-9800');
  });

  it('refuses serial number 000, which Skatteverket never issues', () => {
    // 811218-0008: Luhn over 811218000 → 7,1,2,2,2,8,0,0,0 = 22 → 8: the check digit is right.
    for (const input of ['811218-0008', '8112180008', '198112180008', '19811218-0008']) {
      expect(parsePersonnummer(input, { today })).toEqual({
        ok: false,
        error: {
          code: 'PERSONNUMMER.SERIAL',
          message:
            'The personal identity number does not exist: serial number 000 is never issued.',
        },
      });
    }
    // A samordningsnummer alike: 811278-0005 (Luhn over 811278000 → 7,1,2,2,5,8,0,0,0 = 25 → 5).
    expect(parsePersonnummer('811278-0005', { today })).toMatchObject({
      ok: false,
      error: { code: 'PERSONNUMMER.SERIAL' },
    });
    // A wrong check digit is still reported as such.
    expect(parsePersonnummer('811218-0007', { today })).toMatchObject({
      ok: false,
      error: { code: 'PERSONNUMMER.CHECKSUM' },
    });
  });

  it('rejects a + with a four-digit year: the form is ambiguous', () => {
    expect(parsePersonnummer('19811218+9876', { today })).toMatchObject({
      ok: false,
      error: { code: 'PERSONNUMMER.FORMAT' },
    });
  });

  it('recognises a samordningsnummer (day + 60)', () => {
    // 811278-987X: Luhn over 811278987 → 7,1,2,2,5,8,9,8,5 = 47 → 3.
    expect(parsePersonnummer('811278-9873', { today })).toEqual({
      ok: true,
      value: {
        normalized: '198112789873',
        birthDate: '1981-12-18',
        kind: 'samordningsnummer',
        legalGender: 'male',
      },
    });
  });

  it.each([
    ['letters', '81121A-9876', 'PERSONNUMMER.FORMAT'],
    ['too short', '811218-987', 'PERSONNUMMER.FORMAT'],
    ['too long', '1981121898761', 'PERSONNUMMER.FORMAT'],
    ['two separators', '811218--9876', 'PERSONNUMMER.FORMAT'],
    ['empty', '', 'PERSONNUMMER.FORMAT'],
    ['wrong check digit', '811218-9875', 'PERSONNUMMER.CHECKSUM'],
  ])('rejects %s', (_name, input, code) => {
    expect(parsePersonnummer(input, { today })).toMatchObject({ ok: false, error: { code } });
  });

  it('rejects dates that do not exist, including 29 February in a non-leap year', () => {
    const feb29 = (year: string) => {
      const nine = `${year}0229980`;
      const body = `${nine}`;
      // Build the check digit so only the date can be wrong.
      let sum = 0;
      for (let i = 0; i < 9; i += 1) {
        const d = Number(body[i]) * (i % 2 === 0 ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
      }
      return `${body.slice(0, 6)}-${body.slice(6)}${(10 - (sum % 10)) % 10}`;
    };
    expect(parsePersonnummer(`19${feb29('01')}`, { today })).toMatchObject({
      ok: false,
      error: { code: 'PERSONNUMMER.DATE' },
    });
    expect(parsePersonnummer(`20${feb29('00')}`, { today })).toMatchObject({ ok: true });
    expect(parsePersonnummer('19811318-9874', { today }).ok).toBe(false);
  });

  it('rejects a birth date after today', () => {
    const future = testPersonnummer('2030-01-01', 'male');
    expect(parsePersonnummer(future, { today })).toMatchObject({
      ok: false,
      error: { code: 'PERSONNUMMER.DATE' },
    });
  });

  it('round-trips every generated test number through every format on any day (property)', () => {
    const isoDate = (min: string, max: string) =>
      fc
        .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`) })
        .filter((d) => !Number.isNaN(d.getTime()))
        .map((d) => d.toISOString().slice(0, 10));
    // Any birth date up to 199 years before the reading day: the short form tells two centuries.
    const birthAndToday = isoDate('1990-01-01', '2060-12-31').chain((day) =>
      isoDate(`${Number(day.slice(0, 4)) - 199}-01-01`, day).map((born) => [born, day] as const),
    );
    fc.assert(
      fc.property(
        birthAndToday,
        fc.constantFrom('female' as const, 'male' as const),
        fc.integer({ min: 0, max: 9 }),
        ([birthDate, onDay], gender, variant) => {
          const normalized = testPersonnummer(birthDate, gender, variant);
          expect(isTestPersonnummer(normalized)).toBe(true);
          for (const style of ['long', 'long-dash', 'short'] as const) {
            const written = formatPersonnummer(normalized, style, onDay);
            const parsed = parsePersonnummer(written, { today: onDay });
            expect(parsed).toEqual({
              ok: true,
              value: { normalized, birthDate, kind: 'personnummer', legalGender: gender },
            });
          }
          const turns = Number(onDay.slice(0, 4)) - Number(birthDate.slice(0, 4));
          expect(formatPersonnummer(normalized, 'short', onDay)[6]).toBe(turns >= 100 ? '+' : '-');
        },
      ),
    );
  });

  it('catches every single-digit typo in the serial (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 11 }), fc.integer({ min: 1, max: 9 }), (at, delta) => {
        const normalized = testPersonnummer('1985-06-15', 'female', 2);
        const digit = (Number(normalized[at]) + delta) % 10;
        const typo = `${normalized.slice(0, at)}${digit}${normalized.slice(at + 1)}`;
        expect(parsePersonnummer(typo, { today }).ok).toBe(false);
      }),
    );
  });
});

describe('formatPersonnummer and maskPersonnummer', () => {
  it('formats in three styles', () => {
    expect(formatPersonnummer('198112189876', 'long')).toBe('198112189876');
    expect(formatPersonnummer('198112189876', 'long-dash')).toBe('19811218-9876');
    expect(formatPersonnummer('198112189876', 'short', today)).toBe('811218-9876');
    expect(() => formatPersonnummer('123', 'long')).toThrow(RangeError);
    // The short form's separator depends on the day: without one it cannot be written.
    expect(() => formatPersonnummer('198112189876', 'short')).toThrow(RangeError);
    expect(() => formatPersonnummer('198112189876', 'short', 'today')).toThrow(RangeError);
  });

  it('hides the four last digits in every written form', () => {
    expect(maskPersonnummer('198112189876')).toBe('19811218-****');
    expect(maskPersonnummer('19811218-9876')).toBe('19811218-****');
    expect(maskPersonnummer('811218-9876')).toBe('811218-****');
    expect(maskPersonnummer('200304+9876')).toBe('200304+****');
    expect(maskPersonnummer('garbage')).toBe('****');
  });
});

describe('testPersonnummer', () => {
  it('stays in the 980–999 test serial range and is deterministic', () => {
    const a = testPersonnummer('1999-09-09', 'male', 7);
    expect(a).toBe(testPersonnummer('1999-09-09', 'male', 7));
    expect(Number(a.slice(8, 11))).toBeGreaterThanOrEqual(980);
    expect(isTestPersonnummer('198112181236')).toBe(false);
    expect(isTestPersonnummer('abc')).toBe(false);
    expect(() => testPersonnummer('1999/09/09', 'male')).toThrow(RangeError);
  });
});
