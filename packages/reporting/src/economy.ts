import { type Money, Period as P, divideRounded } from '@finsam-se/domain';
import { isActiveDuring } from './active.js';
import { nameLabel, totalLabel } from './labels.js';
import { isWorkOrStudies } from './outcome-kind.js';
import type { EconomyRow, EnrollmentRow, Labels } from './rows.js';
import { type Column, type Row, type Table, countCell, valueCell, withShares } from './table.js';

/** `cost / count` in whole öre, half-up; null when the count is 0. */
export function costPer(cost: Money, count: number): Money | null {
  if (count <= 0) return null;
  return Number(divideRounded(BigInt(cost), BigInt(count), 'half-up')) as Money;
}

/**
 * The counts economy divides by, from enrollments: participants active on at least one
 * day of the year in the municipality, and those discharged in the year to work (regular)
 * or studies. Costs come from funding, per year and municipality.
 */
export function economyRows(
  enrollments: readonly EnrollmentRow[],
  costs: readonly {
    readonly year: number;
    readonly municipalityId: string;
    readonly cost: Money;
  }[],
): EconomyRow[] {
  const byMunicipality = new Map<string, EnrollmentRow[]>();
  for (const row of enrollments) {
    const list = byMunicipality.get(row.municipalityId) ?? [];
    list.push(row);
    byMunicipality.set(row.municipalityId, list);
  }
  return costs.map(({ year, municipalityId, cost }) => {
    const period = P.year(year);
    let participants = 0;
    let toWorkOrStudies = 0;
    const seen = new Set<string>();
    for (const row of byMunicipality.get(municipalityId) ?? []) {
      if (isActiveDuring(row, period) && !seen.has(row.participantId)) {
        seen.add(row.participantId);
        participants += 1;
      }
      if (
        row.dischargedOn !== null &&
        P.contains(period, row.dischargedOn) &&
        isWorkOrStudies(row.occupationAfter)
      ) {
        toWorkOrStudies += 1;
      }
    }
    return { year, municipalityId, cost, participants, toWorkOrStudies };
  });
}

const economyColumns: readonly Column[] = [
  { key: 'cost', label: { sv: 'Kostnad', en: 'Cost' }, kind: 'value', unit: 'ore' },
  {
    key: 'participants',
    label: { sv: 'Deltagare', en: 'Participants' },
    kind: 'count',
    unit: 'persons',
  },
  {
    key: 'to_work_or_studies',
    label: { sv: 'Till arbete eller studier', en: 'To work or studies' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'participants',
  },
  {
    key: 'cost_per_participant',
    label: { sv: 'Kostnad per deltagare', en: 'Cost per participant' },
    kind: 'value',
    unit: 'ore',
    derivedFrom: ['participants'],
  },
  {
    key: 'cost_per_work_or_studies',
    label: {
      sv: 'Kostnad per deltagare till arbete eller studier',
      en: 'Cost per participant to work or studies',
    },
    kind: 'value',
    unit: 'ore',
    derivedFrom: ['to_work_or_studies'],
  },
];

/**
 * Cost per participant and per participant to work or studies, per year and
 * municipality, with a total row per year (costs and counts summed over municipalities).
 * Amounts are whole öre, divided half-up.
 */
export function economyReport(
  rows: readonly EconomyRow[],
  options: { readonly labels?: Labels } = {},
): Table {
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const line = (cost: number, participants: number, toWorkOrStudies: number): Row['cells'] =>
    withShares(economyColumns, {
      cost: valueCell(cost),
      participants: countCell(participants),
      to_work_or_studies: countCell(toWorkOrStudies),
      cost_per_participant: valueCell(costPer(cost as Money, participants), participants),
      cost_per_work_or_studies: valueCell(costPer(cost as Money, toWorkOrStudies), toWorkOrStudies),
    });
  const out: Row[] = [];
  for (const year of years) {
    const inYear = rows
      .filter((row) => row.year === year)
      .sort((a, b) =>
        a.municipalityId < b.municipalityId ? -1 : a.municipalityId > b.municipalityId ? 1 : 0,
      );
    let cost = 0;
    let participants = 0;
    let toWorkOrStudies = 0;
    for (const row of inYear) {
      cost += row.cost;
      participants += row.participants;
      toWorkOrStudies += row.toWorkOrStudies;
      const label = nameLabel(row.municipalityId, options.labels);
      out.push({
        key: `${year}|${row.municipalityId}`,
        label: { sv: `${year} ${label.sv}`, en: `${year} ${label.en}` },
        role: 'detail',
        sumGroup: String(year),
        dims: { year: String(year), municipality: row.municipalityId },
        cells: line(row.cost, row.participants, row.toWorkOrStudies),
      });
    }
    out.push({
      key: `${year}|total`,
      label: { sv: `${year} ${totalLabel.sv}`, en: `${year} ${totalLabel.en}` },
      role: 'total',
      sumGroup: String(year),
      dims: { year: String(year) },
      cells: line(cost, participants, toWorkOrStudies),
    });
  }
  return {
    id: 'economy',
    title: { sv: 'Ekonomi', en: 'Economy' },
    dimension: { sv: 'År och kommun', en: 'Year and municipality' },
    definition: {
      sv: 'Kostnad per deltagare (aktiv minst en dag under året) och per deltagare avslutad under året till arbete på reguljära arbetsmarknaden eller studier; belopp i kronor.',
      en: 'Cost per participant (active on at least one day of the year) and per participant discharged in the year to regular work or studies; amounts in kronor.',
    },
    columns: economyColumns,
    rows: out,
  };
}
