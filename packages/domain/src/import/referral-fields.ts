import type { Messages } from '../core/domain-error.js';

/**
 * The columns an import of referrals understands: one referral a row, of a person the
 * association has registered (by personnummer), to a municipality's SE group in a
 * project, with at most one decision (the SE group's or, after escalation, the chief's).
 */
export const referralFields = [
  'personnummer',
  'municipality',
  'project',
  'referrerOrganisation',
  'referrer',
  'receivedOn',
  'decision',
  'decidedOn',
  'decisionNote',
] as const;
export type ReferralField = (typeof referralFields)[number];

export const requiredReferralFields: readonly ReferralField[] = [
  'personnummer',
  'municipality',
  'project',
  'referrerOrganisation',
  'receivedOn',
];

export const referralFieldLabels: Readonly<Record<ReferralField, Messages>> = {
  personnummer: { sv: 'Personnummer', en: 'Personal identity number' },
  municipality: { sv: 'Kommun', en: 'Municipality' },
  project: { sv: 'Projekt', en: 'Project' },
  referrerOrganisation: { sv: 'Remitterande myndighet', en: 'Referring authority' },
  referrer: { sv: 'Remittent (användare)', en: 'Referrer (user)' },
  receivedOn: { sv: 'Remiss mottagen', en: 'Received on' },
  decision: { sv: 'Beslut', en: 'Decision' },
  decidedOn: { sv: 'Beslutsdatum', en: 'Decided on' },
  decisionNote: { sv: 'Anteckning till beslutet', en: 'Decision note' },
};

/** Header names people write for each field (compared as `normaliseHeader` does). */
export const referralHeaderNames: Readonly<Record<ReferralField, readonly string[]>> = {
  personnummer: ['personnummer', 'pnr', 'personnr', 'personalidentitynumber', 'ssn'],
  municipality: ['kommun', 'municipality', 'segrupp', 'kommunid', 'municipalityid'],
  project: ['projekt', 'project', 'projektid', 'projectid', 'projektnamn'],
  referrerOrganisation: [
    'myndighet',
    'remitterandemyndighet',
    // The referral list's export names the referring authority so ("Remittent").
    'remittent',
    'remittentorganisation',
    'organisation',
    'aktör',
    'referrerorganisation',
    'referringauthority',
    'authority',
  ],
  referrer: ['remittentanvändare', 'handläggare', 'remitterad av', 'referrer', 'referredby'],
  receivedOn: [
    'mottagen',
    'remissmottagen',
    'remissdatum',
    'inkom',
    'datum',
    'receivedon',
    'received',
    'referredon',
    'referraldate',
  ],
  decision: ['beslut', 'status', 'decision', 'state'],
  decidedOn: ['beslutsdatum', 'beslutad', 'decidedon', 'decisiondate'],
  decisionNote: ['anteckning', 'beslutsanteckning', 'kommentar', 'note', 'decisionnote'],
};
