import { describe, expect, it } from 'vitest';
import { LocalDate } from '../core/local-date.js';
import { findCode, validateCode, validateIncomeSources } from './code-list-rules.js';
import { type CodeList, codeLists, incomeSources, occupationsAfter } from './code-lists.js';

const on = LocalDate.from('2019-05-01');

describe('code lists', () => {
  it('are versioned and every code is unique within its list with both labels', () => {
    for (const list of codeLists) {
      expect(list.version).toBeGreaterThanOrEqual(1);
      const codes = list.entries.map((e) => e.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const e of list.entries) expect(e.label.sv && e.label.en).toBeTruthy();
    }
  });

  it('classifies every occupation after discharge for the outcome figures', () => {
    for (const e of occupationsAfter.entries) expect(e.outcome).toBeDefined();
    expect(findCode(occupationsAfter, 'studies', on)?.outcome).toBe('studies');
  });

  it('respects validity: a retired code is unknown after it ends', () => {
    const versioned: CodeList = {
      ...incomeSources,
      version: 2,
      entries: incomeSources.entries.map((e) =>
        e.code === 'development_allowance' ? { ...e, validUntil: LocalDate.from('2019-01-01') } : e,
      ),
    };
    expect(validateCode(versioned, 'development_allowance', LocalDate.from('2018-06-01')).ok).toBe(
      true,
    );
    expect(validateCode(versioned, 'development_allowance', on, 'x')).toMatchObject({
      ok: false,
      error: { code: 'CODE_LIST.UNKNOWN_CODE', field: 'x' },
    });
    expect(validateCode(incomeSources, 'salary', LocalDate.from('2017-01-01')).ok).toBe(false);
  });

  it('income sources: several may apply, "no public support" stands alone', () => {
    expect(validateIncomeSources(incomeSources, ['sickness_benefit', 'salary'], on).ok).toBe(true);
    expect(validateIncomeSources(incomeSources, ['no_public_support'], on).ok).toBe(true);
    expect(validateIncomeSources(incomeSources, ['no_public_support', 'salary'], on)).toMatchObject(
      {
        ok: false,
        error: { code: 'CODE_LIST.EXCLUSIVE' },
      },
    );
    expect(validateIncomeSources(incomeSources, [], on).ok).toBe(false);
    expect(validateIncomeSources(incomeSources, ['salary', 'salary'], on).ok).toBe(false);
    expect(validateIncomeSources(incomeSources, ['lottery'], on).ok).toBe(false);
  });
});
