import { LocalDate as D, type Period, Period as P } from '@finsam-se/domain';
import { monthKey, nameLabel, totalLabel } from './labels.js';
import type { Labels, ReferralRow } from './rows.js';
import { median } from './stats.js';
import {
  type Cell,
  type Column,
  type Row,
  type Table,
  countCell,
  valueCell,
  withShares,
} from './table.js';

export type ReferralStatsOptions = {
  /** Referrals with the received day in this period, by calendar month. */
  readonly range: Period;
  readonly labels?: Labels;
};

const stateColumns = ['accepted', 'not_now', 'declined', 'escalated', 'pending'] as const;

const referralColumns: readonly Column[] = [
  {
    key: 'received',
    label: { sv: 'Mottagna', en: 'Received' },
    kind: 'count',
    unit: 'count',
    sumOf: stateColumns,
  },
  ...(
    [
      ['accepted', 'Antagna', 'Accepted'],
      ['not_now', 'Inte nu', 'Not now'],
      ['declined', 'Avböjda', 'Declined'],
      ['escalated', 'Eskalerade', 'Escalated'],
      ['pending', 'Ej beslutade', 'Not yet decided'],
    ] as const
  ).map(([key, sv, en]): Column => ({
    key,
    label: { sv, en },
    kind: 'count',
    unit: 'count',
    shareOf: 'received',
  })),
  {
    key: 'median_days_to_decision',
    label: { sv: 'Mediantid till beslut (dagar)', en: 'Median days to decision' },
    kind: 'value',
    unit: 'days',
    derivedFrom: ['received'],
  },
];

type Tally = { counts: Record<string, number>; days: number[] };

const emptyTally = (): Tally => ({
  counts: { received: 0, accepted: 0, not_now: 0, declined: 0, escalated: 0, pending: 0 },
  days: [],
});

function add(tally: Tally, row: ReferralRow): void {
  const state = row.state === 'received' ? 'pending' : row.state;
  tally.counts.received = (tally.counts.received ?? 0) + 1;
  tally.counts[state] = (tally.counts[state] ?? 0) + 1;
  if (row.decidedOn !== null) tally.days.push(D.daysBetween(row.receivedOn, row.decidedOn));
}

function cellsOf(tally: Tally): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  for (const [key, count] of Object.entries(tally.counts)) cells[key] = countCell(count);
  cells.median_days_to_decision = valueCell(median(tally.days), tally.days.length);
  return withShares(referralColumns, cells);
}

/**
 * Referrals per municipality and month of receipt, by current state (`pending` = still
 * `received`), and the median days from receipt to the first decision among those decided.
 */
export function referralStats(rows: readonly ReferralRow[], options: ReferralStatsOptions): Table {
  const byMonth = new Map<string, Map<string, Tally>>();
  const totals = new Map<string, Tally>();
  const municipalities = new Set<string>();
  for (const row of rows) {
    if (!P.contains(options.range, row.receivedOn)) continue;
    const month = monthKey(row.receivedOn);
    const line = byMonth.get(month) ?? new Map<string, Tally>();
    byMonth.set(month, line);
    const tally = line.get(row.municipalityId) ?? emptyTally();
    line.set(row.municipalityId, tally);
    municipalities.add(row.municipalityId);
    add(tally, row);
    const total = totals.get(month) ?? emptyTally();
    totals.set(month, total);
    add(total, row);
  }
  const sorted = [...municipalities].sort();
  const rows_: Row[] = [];
  for (const monthPeriod of P.months(options.range)) {
    const month = monthKey(monthPeriod.start);
    for (const municipality of sorted) {
      const label = nameLabel(municipality, options.labels);
      rows_.push({
        key: `${month}|${municipality}`,
        label: { sv: `${month} ${label.sv}`, en: `${month} ${label.en}` },
        role: 'detail',
        sumGroup: month,
        dims: { month, municipality },
        cells: cellsOf(byMonth.get(month)?.get(municipality) ?? emptyTally()),
      });
    }
    rows_.push({
      key: `${month}|total`,
      label: { sv: `${month} ${totalLabel.sv}`, en: `${month} ${totalLabel.en}` },
      role: 'total',
      sumGroup: month,
      dims: { month },
      cells: cellsOf(totals.get(month) ?? emptyTally()),
    });
  }
  return {
    id: 'referrals',
    title: { sv: 'Aktualiseringar', en: 'Referrals' },
    dimension: { sv: 'Månad och kommun', en: 'Month and municipality' },
    definition: {
      sv: 'Aktualiseringar efter mottagningsmånad och kommun, efter nuvarande status; mediantid från mottagande till första beslut bland beslutade.',
      en: 'Referrals by month received and municipality, by current state; median days from receipt to first decision among those decided.',
    },
    columns: referralColumns,
    rows: rows_,
  };
}
