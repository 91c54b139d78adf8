import type { Gender } from '@finsam-se/domain';
import { percentagePoints } from './stats.js';
import {
  type Cell,
  type Column,
  type Row,
  type Table,
  countCell,
  shareOf,
  valueCell,
  withShares,
} from './table.js';

/**
 * Splits rows by gender and computes the same figure on each part and on the whole.
 * `compute` is any figure bound to its options, e.g. `(r) => outcomeReport(r, opts)`.
 */
export function byGender<R extends { readonly gender: Gender }>(
  rows: readonly R[],
  compute: (rows: readonly R[]) => Table,
): { readonly all: Table; readonly female: Table; readonly male: Table; readonly other: Table } {
  return {
    all: compute(rows),
    female: compute(rows.filter((row) => row.gender === 'female')),
    male: compute(rows.filter((row) => row.gender === 'male')),
    other: compute(rows.filter((row) => row.gender === 'other')),
  };
}

/**
 * Women against men for one figure: for every count column that has a share (or the
 * columns named), the women's count and share, the men's count and share, and the
 * difference women − men in percentage points. Rows are matched by key, in the women's
 * table order then any only in the men's.
 */
export function genderAnalysis(
  female: Table,
  male: Table,
  options: { readonly columns?: readonly string[] } = {},
): Table {
  const picked = female.columns.filter(
    (column) =>
      column.kind === 'count' &&
      column.shareOf !== undefined &&
      (options.columns === undefined || options.columns.includes(column.key)),
  );
  const denominators = [...new Set(picked.map((column) => column.shareOf ?? ''))]
    .map((key) => female.columns.find((column) => column.key === key))
    .filter((column): column is Column => column !== undefined);
  const splitKeys = new Set([...denominators, ...picked].map((column) => column.key));
  const split = (column: Column, shareOfKey?: string): Column[] =>
    (['female', 'male'] as const).map((gender) => ({
      // A sum carries over per gender when all its parts are split too.
      ...(column.sumOf !== undefined && column.sumOf.every((key) => splitKeys.has(key))
        ? { sumOf: column.sumOf.map((key) => `${key}_${gender}`) }
        : {}),
      key: `${column.key}_${gender}`,
      label:
        gender === 'female'
          ? { sv: `${column.label.sv}, kvinnor`, en: `${column.label.en}, women` }
          : { sv: `${column.label.sv}, män`, en: `${column.label.en}, men` },
      kind: 'count',
      unit: column.unit,
      ...(shareOfKey === undefined ? {} : { shareOf: `${shareOfKey}_${gender}` }),
    }));
  const columns: Column[] = [
    ...denominators.flatMap((column) => split(column)),
    ...picked.flatMap((column): Column[] => [
      ...split(column, column.shareOf),
      {
        key: `${column.key}_diff_pp`,
        label: {
          sv: `${column.label.sv}, skillnad kvinnor − män (procentenheter)`,
          en: `${column.label.en}, difference women − men (percentage points)`,
        },
        kind: 'value',
        unit: 'percentage_points',
        derivedFrom: [`${column.key}_female`, `${column.key}_male`],
      },
    ]),
  ];
  const keys = [
    ...female.rows.map((row) => row.key),
    ...male.rows.map((row) => row.key).filter((key) => !female.rows.some((row) => row.key === key)),
  ];
  const rows: Row[] = keys.map((key) => {
    const f = female.rows.find((row) => row.key === key);
    const m = male.rows.find((row) => row.key === key);
    const template = f ?? m;
    const cells: Record<string, Cell> = {};
    for (const column of denominators) {
      cells[`${column.key}_female`] = copyCount(f?.cells[column.key]);
      cells[`${column.key}_male`] = copyCount(m?.cells[column.key]);
    }
    for (const column of picked) {
      const fc = f?.cells[column.key];
      const mc = m?.cells[column.key];
      cells[`${column.key}_female`] = copyCount(fc);
      cells[`${column.key}_male`] = copyCount(mc);
      const basis = (fc?.kind === 'count' ? fc.count : 0) + (mc?.kind === 'count' ? mc.count : 0);
      cells[`${column.key}_diff_pp`] = valueCell(percentagePoints(shareOf(fc), shareOf(mc)), basis);
    }
    return {
      key,
      label: template?.label ?? { sv: key, en: key },
      role: template?.role ?? 'detail',
      ...(template?.sumGroup === undefined ? {} : { sumGroup: template.sumGroup }),
      dims: template?.dims ?? {},
      cells: withShares(columns, cells),
    };
  });
  return {
    id: `${female.id}_gender`,
    title: { sv: `${female.title.sv}: kvinnor och män`, en: `${female.title.en}: women and men` },
    dimension: female.dimension,
    definition: {
      sv: `${female.definition.sv} Kvinnor och män var för sig; skillnad i procentenheter (kvinnor − män).`,
      en: `${female.definition.en} Women and men separately; difference in percentage points (women − men).`,
    },
    columns,
    rows,
  };
}

function copyCount(cell: Cell | undefined): Cell {
  return cell?.kind === 'count' ? countCell(cell.count) : countCell(0);
}
