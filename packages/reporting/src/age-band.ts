import { LocalDate } from '@finsam-se/domain';
import type { Label } from './table.js';

export const ageBands = ['under_19', '19_29', '30_39', '40_49', '50_plus'] as const;
/** Age at enrollment; 19–29 is the primary group of the seeds. */
export type AgeBand = (typeof ageBands)[number];

export const ageBandLabels: Readonly<Record<AgeBand, Label>> = {
  under_19: { sv: 'Under 19 år', en: 'Under 19' },
  '19_29': { sv: '19–29 år', en: '19–29' },
  '30_39': { sv: '30–39 år', en: '30–39' },
  '40_49': { sv: '40–49 år', en: '40–49' },
  '50_plus': { sv: '50 år och äldre', en: '50 and over' },
};

/** The age band of whole years of age on `on` (the enrollment day). */
export function ageBandOf(birthDate: LocalDate, on: LocalDate): AgeBand {
  const age = LocalDate.yearsBetween(birthDate, on);
  if (age < 19) return 'under_19';
  if (age <= 29) return '19_29';
  if (age <= 39) return '30_39';
  if (age <= 49) return '40_49';
  return '50_plus';
}
