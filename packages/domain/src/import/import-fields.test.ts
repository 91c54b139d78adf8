import { describe, expect, it } from 'vitest';
import { suggestMapping } from './header-suggestions.js';
import {
  describeImportFields,
  importFieldLabels,
  importFields,
  requiredImportFields,
} from './import-fields.js';

describe('describeImportFields', () => {
  it('lists every field once, in order, with the required ones marked', () => {
    const described = describeImportFields();
    expect(described.map((field) => field.name)).toEqual([...importFields]);
    expect(described.filter((field) => field.required).map((field) => field.name)).toEqual([
      ...requiredImportFields,
    ]);
  });

  it('labels every field in Swedish and English, no two fields alike', () => {
    for (const locale of ['sv', 'en'] as const) {
      const labels = importFields.map((field) => importFieldLabels[field][locale].trim());
      expect(labels.filter((label) => label === '')).toEqual([]);
      expect(new Set(labels).size).toBe(importFields.length);
    }
  });

  it('suggests each field for a column headed with its own label', () => {
    for (const locale of ['sv', 'en'] as const) {
      const headers = importFields.map((field) => importFieldLabels[field][locale]);
      const mapping = suggestMapping(headers);
      const wrong = importFields.filter(
        (field) => mapping[field] !== importFieldLabels[field][locale],
      );
      expect({ locale, wrong }).toEqual({ locale, wrong: [] });
    }
  });
});
