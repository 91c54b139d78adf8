import { describe, expect, it } from 'vitest';
import { AppError } from './error-codes.js';
import { fromRule, refuse } from './refuse.js';
import { localeOf } from './request-locale.js';
import { inEnglish } from './locale-plugin.js';

describe('refuse', () => {
  it('builds the error from the catalogue: class, reason, field, both languages', () => {
    const error = refuse('TEXT.LENGTH', { field: 'name', params: { min: 1, max: 200 } });
    expect(error).toBeInstanceOf(AppError);
    expect({ code: error.code, message: error.message, extra: error.extra }).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Texten ska vara 1–200 tecken.',
      extra: {
        field: 'name',
        reason: 'TEXT.LENGTH',
        messageEn: 'The text must be 1–200 characters.',
      },
    });
  });

  it('sends a general refusal without a reason of its own', () => {
    const error = refuse('NOT_FOUND');
    expect({ code: error.code, message: error.message, extra: error.extra }).toEqual({
      code: 'NOT_FOUND',
      message: 'Posten finns inte.',
      extra: { messageEn: 'The record does not exist.' },
    });
  });

  it('keeps further extensions a client needs', () => {
    const error = refuse('CONFLICT', { extra: { currentVersion: 4 } });
    expect(error.extra).toMatchObject({ currentVersion: 4 });
  });
});

describe('fromRule, the one conversion of a pure package refusal', () => {
  it("gives a domain code its class and the domain's own messages", () => {
    const error = fromRule({ code: 'DATE.IN_FUTURE' }, 'on');
    expect({ code: error.code, message: error.message, extra: error.extra }).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Datumet ligger i framtiden. Ange dagens datum eller ett tidigare.',
      extra: {
        field: 'on',
        reason: 'DATE.IN_FUTURE',
        messageEn: 'The date is in the future. Give today’s date or an earlier one.',
      },
    });
  });

  it('prefers the field the rule names and classes a rule about who decides as FORBIDDEN', () => {
    const error = fromRule({ code: 'REFERRAL.FORBIDDEN', field: 'action' }, 'id');
    expect({ code: error.code, field: error.extra.field }).toEqual({
      code: 'FORBIDDEN',
      field: 'action',
    });
  });

  it('converts a funding refusal with its extra details', () => {
    const error = fromRule({ code: 'REALLOCATION.OVER_BUDGET' }, 'input.lines', {
      violations: [],
    });
    expect(error.extra).toMatchObject({
      field: 'input.lines',
      reason: 'REALLOCATION.OVER_BUDGET',
      messageEn: 'The salary cost for the year exceeds the budget.',
      violations: [],
    });
  });

  it('sends a code it does not know as plain bad input, the code kept as the reason', () => {
    const error = fromRule({ code: 'SOMETHING.NEW' }, 'x');
    expect({ code: error.code, message: error.message, extra: error.extra }).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Uppgifterna är inte giltiga.',
      extra: { field: 'x', reason: 'SOMETHING.NEW' },
    });
  });
});

describe('the language of a request', () => {
  it.each([
    [undefined, 'sv'],
    ['', 'sv'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['sv-SE,sv;q=0.9,en;q=0.8', 'sv'],
    ['en-US,en;q=0.9,sv;q=0.8', 'en'],
    ['de-DE,de;q=0.9', 'sv'],
    ['sv;q=0.5,en;q=0.6', 'en'],
    ['en;q=0,sv;q=0.1', 'sv'],
    ['en;q=abc', 'sv'],
    ['*', 'sv'],
  ] as const)('%j is %s', (header, locale) => {
    expect(localeOf(header)).toBe(locale);
  });

  it('puts the English message in place of the Swedish one, when there is one', () => {
    expect(
      inEnglish({ message: 'Ogiltigt id.', extensions: { code: 'X', messageEn: 'Invalid id.' } })
        .message,
    ).toBe('Invalid id.');
    expect(inEnglish({ message: 'Syntax Error: …' }).message).toBe('Syntax Error: …');
  });
});
