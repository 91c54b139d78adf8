import { ref, subsetOf } from './declared-relations.js';
import { type Period, Period as P } from '@finsam-se/domain';
import { nameLabel, totalLabel } from './labels.js';
import type { Labels, ReContactRow } from './rows.js';
import { type Column, type Row, type Table, countCell } from './table.js';

export type ReContactOptions = {
  readonly period: Period;
  readonly labels?: Labels;
};

const columns: readonly Column[] = [
  {
    key: 're_contacts',
    label: { sv: 'Återkontakter', en: 'Re-contacts' },
    kind: 'count',
    unit: 'count',
  },
  { key: 'persons', label: { sv: 'Personer', en: 'Persons' }, kind: 'count', unit: 'persons' },
];

/** Re-contacts (återkontakter) in the period per municipality: how many, and how many people. */
export function reContactReport(rows: readonly ReContactRow[], options: ReContactOptions): Table {
  const counts = new Map<string, { contacts: number; persons: Set<string> }>();
  let allContacts = 0;
  for (const row of rows) {
    if (!P.contains(options.period, row.on)) continue;
    const entry = counts.get(row.municipalityId) ?? { contacts: 0, persons: new Set<string>() };
    counts.set(row.municipalityId, entry);
    entry.contacts += 1;
    entry.persons.add(row.participantId);
    allContacts += 1;
  }
  const detail: Row[] = [...counts.keys()].sort().map((municipality) => {
    const entry = counts.get(municipality) ?? { contacts: 0, persons: new Set<string>() };
    return {
      key: municipality,
      label: nameLabel(municipality, options.labels),
      role: 'detail',
      sumGroup: 'all',
      dims: { municipality },
      cells: { re_contacts: countCell(entry.contacts), persons: countCell(entry.persons.size) },
    };
  });
  return {
    id: 're_contacts',
    title: { sv: 'Återkontakter', en: 'Re-contacts' },
    dimension: { sv: 'Kommun', en: 'Municipality' },
    definition: {
      sv: `Återkontakter efter avslut med datum i ${P.format(options.period)}, och antal personer. En person räknas i varje kommun där hen haft återkontakt; totalen är summan över kommunerna.`,
      en: `Re-contacts after discharge dated in ${P.format(options.period)}, and the number of people. A person counts in every municipality of a re-contact; the total is the sum over municipalities.`,
    },
    columns,
    // A municipality's distinct people are at most its re-contacts.
    relations: [...detail.map((row) => row.key), 'total'].map((key) =>
      subsetOf(ref(key, 'persons'), ref(key, 're_contacts')),
    ),
    rows: [
      ...detail,
      {
        key: 'total',
        label: totalLabel,
        role: 'total',
        sumGroup: 'all',
        dims: {},
        cells: {
          re_contacts: countCell(allContacts),
          persons: countCell([...counts.values()].reduce((sum, e) => sum + e.persons.size, 0)),
        },
      },
    ],
  };
}
