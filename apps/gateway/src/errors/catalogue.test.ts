import { domainErrorCodes } from '@finsam-se/domain';
import { fundingErrorCodes } from '@finsam-se/funding';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCodes } from './error-codes.js';
import { catalogueParts, errorCatalogue, isErrorReason, messageOf } from './catalogue.js';

const entries = Object.entries(errorCatalogue);

describe('the error catalogue', () => {
  it('has a Swedish and an English message, different and non-empty, for every reason', () => {
    const incomplete = entries.filter(
      ([, e]) => !e.sv.trim() || !e.en.trim() || (e.sv === e.en && !/^[A-Z]/.test(e.sv)),
    );
    expect(incomplete.map(([reason]) => reason)).toEqual([]);
  });

  it('sends every reason under one of the closed codes', () => {
    const codes: readonly string[] = errorCodes;
    expect(entries.filter(([, e]) => !codes.includes(e.code)).map(([r]) => r)).toEqual([]);
  });

  it('defines no reason twice across its parts', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [part, reasons] of Object.entries(catalogueParts)) {
      for (const reason of Object.keys(reasons)) {
        if (seen.has(reason)) twice.push(`${reason} in ${seen.get(reason)} and ${part}`);
        seen.set(reason, part);
      }
    }
    expect(twice).toEqual([]);
    expect(seen.size).toBe(entries.length);
  });

  it('says no two different things in the same words (the gateway’s own reasons)', () => {
    const own = ['general', 'work', 'admin'].flatMap((part) =>
      Object.keys(catalogueParts[part] ?? {}),
    );
    const generalCodes: readonly string[] = errorCodes;
    const bySv = new Map<string, string[]>();
    for (const reason of own) {
      // A precise reason may say what its class says in general (a duplicate personnummer).
      if (generalCodes.includes(reason)) continue;
      const sv = errorCatalogue[reason as keyof typeof errorCatalogue].sv;
      bySv.set(sv, [...(bySv.get(sv) ?? []), reason]);
    }
    // The same sentence under two reasons is allowed only where the two classes differ
    // (a missing project as bad input in a form, as not found when it is the page).
    const clashes = [...bySv.values()].filter(
      (reasons) =>
        new Set(reasons.map((r) => errorCatalogue[r as keyof typeof errorCatalogue].code)).size <
        reasons.length,
    );
    expect(clashes).toEqual([]);
  });

  it('has a general message for every code', () => {
    expect(errorCodes.filter((code) => !isErrorReason(code))).toEqual([]);
  });

  it("covers every code of the domain's and funding's closed unions", () => {
    const missing = [...domainErrorCodes, ...fundingErrorCodes].filter((c) => !isErrorReason(c));
    expect(missing).toEqual([]);
  });

  it('fills parameters with the values given and leaves the template otherwise', () => {
    expect(messageOf('TEXT.LENGTH', 'sv', { min: 3, max: 200 })).toBe(
      'Texten ska vara 3–200 tecken.',
    );
    expect(messageOf('TEXT.LENGTH', 'en', { min: 3, max: 200 })).toBe(
      'The text must be 3–200 characters.',
    );
  });

  it('takes the same parameters in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = entries.filter(([, e]) => names(e.sv).join() !== names(e.en).join());
    expect(differing.map(([r]) => r)).toEqual([]);
  });

  it('holds no reason of its own that no code of the gateway sends', () => {
    const src = join(import.meta.dirname, '..');
    const sources = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('errors'))
      .map((f) => readFileSync(join(src, f), 'utf8'))
      .join('\n');
    const own = ['work', 'admin', 'general'].flatMap((p) => Object.keys(catalogueParts[p] ?? {}));
    const generalCodes: readonly string[] = errorCodes;
    const unused = own.filter((r) => !generalCodes.includes(r) && !sources.includes(`'${r}'`));
    expect(unused).toEqual([]);
  });
});
