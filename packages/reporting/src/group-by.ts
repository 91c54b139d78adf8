import { targetGroupFactors } from '@finsam-se/domain';
import { ageBandLabels, ageBandOf, ageBands } from './age-band.js';
import { genderLabels, nameLabel } from './labels.js';
import type { EnrollmentRow, Labels } from './rows.js';
import { type Label } from './table.js';

/** The dimensions the enrollment figures can be grouped by. */
export type EnrollmentDimension =
  'total' | 'municipality' | 'coach' | 'gender' | 'ageBand' | 'targetGroupFactor';

export const dimensionLabels: Readonly<Record<EnrollmentDimension, Label>> = {
  total: { sv: 'Alla', en: 'All' },
  municipality: { sv: 'Kommun', en: 'Municipality' },
  coach: { sv: 'Coach', en: 'Coach' },
  gender: { sv: 'Kön', en: 'Gender' },
  ageBand: { sv: 'Åldersgrupp vid inskrivning', en: 'Age band at enrollment' },
  targetGroupFactor: { sv: 'Målgruppsfaktor', en: 'Target-group factor' },
};

const factorLabels: Readonly<Record<string, Label>> = {
  disability: { sv: 'Funktionsnedsättning', en: 'Disability' },
  mental_ill_health: { sv: 'Psykisk ohälsa', en: 'Mental ill health' },
  substance_abuse: { sv: 'Missbruksproblematik', en: 'Substance abuse' },
  none: { sv: 'Ingen angiven', en: 'None recorded' },
};

/**
 * The group keys of an enrollment in a dimension. Only target-group factors may give
 * several keys (or `none`); every other dimension partitions the enrollments.
 */
export function groupKeys(row: EnrollmentRow, dimension: EnrollmentDimension): readonly string[] {
  switch (dimension) {
    case 'total':
      return ['all'];
    case 'municipality':
      return [row.municipalityId];
    case 'coach':
      return [row.coachId];
    case 'gender':
      return [row.gender];
    case 'ageBand':
      return [ageBandOf(row.birthDate, row.enrolledOn)];
    case 'targetGroupFactor':
      return row.targetGroupFactors.length === 0 ? ['none'] : [...new Set(row.targetGroupFactors)];
  }
}

/** Whether the groups of a dimension are disjoint, so that they add up to the total. */
export const partitions = (dimension: EnrollmentDimension): boolean =>
  dimension !== 'targetGroupFactor';

/** Keys in a stable order: fixed lists first in their order, then the rest sorted. */
export function orderedKeys(dimension: EnrollmentDimension, seen: Iterable<string>): string[] {
  const present = new Set(seen);
  const fixed: readonly string[] =
    dimension === 'gender'
      ? ['female', 'male', 'other']
      : dimension === 'ageBand'
        ? ageBands
        : dimension === 'targetGroupFactor'
          ? [...targetGroupFactors, 'none']
          : [];
  const always: readonly string[] =
    dimension === 'ageBand' ? ageBands : dimension === 'gender' ? ['female', 'male'] : [];
  const first = fixed.filter((key) => present.has(key) || always.includes(key));
  const rest = [...present].filter((key) => !fixed.includes(key)).sort();
  return [...first, ...rest];
}

export function groupLabel(
  dimension: EnrollmentDimension,
  key: string,
  labels: Labels | undefined,
): Label {
  switch (dimension) {
    case 'total':
      return dimensionLabels.total;
    case 'gender':
      return genderLabels[key as keyof typeof genderLabels] ?? nameLabel(key, labels);
    case 'ageBand':
      return ageBandLabels[key as keyof typeof ageBandLabels] ?? nameLabel(key, labels);
    case 'targetGroupFactor':
      return factorLabels[key] ?? nameLabel(key, labels);
    default:
      return nameLabel(key, labels);
  }
}
