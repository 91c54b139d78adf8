import type { Messages } from '../core/domain-error.js';
import { participantHeaderNames } from './header-suggestions.js';
import { importFieldLabels, importFields, requiredImportFields } from './import-fields.js';
import {
  placementFieldLabels,
  placementFields,
  placementHeaderNames,
  requiredPlacementFields,
} from './placement-fields.js';
import {
  referralFieldLabels,
  referralFields,
  referralHeaderNames,
  requiredReferralFields,
} from './referral-fields.js';

/**
 * The kinds of file an import understands, each a register of its own: people (with their
 * enrollment), referrals of people already registered, placements of enrolled people.
 */
export const importRegisters = ['participants', 'referrals', 'placements'] as const;
export type ImportRegister = (typeof importRegisters)[number];

export function isImportRegister(value: string): value is ImportRegister {
  return (importRegisters as readonly string[]).includes(value);
}

/** Each register's name for people, for the panel's choice and the command line's output. */
export const importRegisterLabels: Readonly<Record<ImportRegister, Messages>> = {
  participants: { sv: 'Deltagare och inskrivningar', en: 'Participants and enrollments' },
  referrals: { sv: 'Remisser', en: 'Referrals' },
  placements: { sv: 'Placeringar (praktik, anställning, studier)', en: 'Placements' },
};

/** What a register's file holds: its fields in order, the required ones, labels, header names. */
export type RegisterSpec = {
  readonly fields: readonly string[];
  readonly required: readonly string[];
  readonly labels: Readonly<Record<string, Messages>>;
  readonly headerNames: Readonly<Record<string, readonly string[]>>;
};

export const registerSpecs: Readonly<Record<ImportRegister, RegisterSpec>> = {
  participants: {
    fields: importFields,
    required: requiredImportFields,
    labels: importFieldLabels,
    headerNames: participantHeaderNames,
  },
  referrals: {
    fields: referralFields,
    required: requiredReferralFields,
    labels: referralFieldLabels,
    headerNames: referralHeaderNames,
  },
  placements: {
    fields: placementFields,
    required: requiredPlacementFields,
    labels: placementFieldLabels,
    headerNames: placementHeaderNames,
  },
};
