import type { Cell, Column, Table } from '@finsam-se/reporting';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GenderEnum, type ValueOf } from '../schema/enums.js';
import { LocalDateScalar } from '../schema/scalars.js';

/** The filter every report takes: a half-open period and optional narrowing. */
// Other förbund call this with `ID` variables: within API v1 its ids stay `ID` (checked as
// UUIDs by input.uuid), where every other input takes `UUID` (docs/api.md, "Versioning").
@InputType('ReportFilter')
export class ReportFilterInput {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "Whose published figures: another förbund's id, for `external` users only (suppressed figures); default your own association.",
  })
  associationId?: string;
  @Field(() => LocalDateScalar, { description: 'First day of the period (inclusive).' })
  from!: string;
  @Field(() => LocalDateScalar, { description: 'End of the period (exclusive, half-open).' })
  to!: string;
  @Field(() => ID, { nullable: true }) municipalityId?: string;
  @Field(() => GenderEnum, { nullable: true }) gender?: ValueOf<typeof GenderEnum>;
  @Field(() => String, {
    nullable: true,
    description: 'under_19 | 19_29 | 30_39 | 40_49 | 50_plus (age at enrollment).',
  })
  ageBand?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Row grouping where the report supports one (see docs/api.md).',
  })
  groupBy?: string;
}

@ObjectType('ReportCell')
export class ReportCellType {
  @Field(() => String) column!: string;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share in [0, 1] of the denominator.' })
  share!: number | null;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Boolean, { description: 'Hidden by disclosure control (never shown as 0).' })
  suppressed!: boolean;

  static from(column: Column, cell: Cell | undefined): ReportCellType {
    const out = new ReportCellType();
    out.column = column.key;
    out.count = null;
    out.share = null;
    out.value = null;
    out.suppressed = false;
    if (cell === undefined) return out;
    if (cell.kind === 'suppressed') {
      out.suppressed = true;
    } else if (cell.kind === 'count') {
      out.count = cell.count;
      out.share = typeof cell.share === 'number' ? cell.share : null;
    } else {
      out.value = cell.value;
    }
    return out;
  }
}

@ObjectType('ReportRow')
export class ReportRowType {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'The label in English.' }) labelEn!: string;
  @Field(() => [ReportCellType]) cells!: ReportCellType[];
}

@ObjectType('ReportColumn')
export class ReportColumnType {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'The label in English.' }) labelEn!: string;
  @Field(() => String, {
    description: 'persons | count | share | days | fte | per_fte | score | ore | percentage_points',
  })
  unit!: string;
}

@ObjectType('ReportTable')
export class ReportTableType {
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'The title in English.' }) titleEn!: string;
  @Field(() => [ReportColumnType]) columns!: ReportColumnType[];
  @Field(() => [ReportRowType]) rows!: ReportRowType[];
  @Field(() => [String], { description: 'Definition, filters applied and disclosure control.' })
  notes!: string[];
  @Field(() => [String], { description: 'The notes in English, in the same order.' })
  notesEn!: string[];
  @Field(() => String, { description: 'The table as CSV: UTF-8 with BOM, Swedish headers, ";".' })
  csv!: string;

  /** Generic mapping of any reporting Table (Swedish labels, English beside them). */
  static from(published: {
    table: Table;
    notes: readonly string[];
    notesEn: readonly string[];
    csv: string;
  }): ReportTableType {
    const { table } = published;
    const out = new ReportTableType();
    out.title = table.title.sv;
    out.titleEn = table.title.en;
    out.columns = table.columns.map((column) => {
      const c = new ReportColumnType();
      c.key = column.key;
      c.label = column.label.sv;
      c.labelEn = column.label.en;
      c.unit = column.unit;
      return c;
    });
    out.rows = table.rows.map((row) => {
      const r = new ReportRowType();
      r.key = row.key;
      r.label = row.label.sv;
      r.labelEn = row.label.en;
      r.cells = table.columns.map((column) => ReportCellType.from(column, row.cells[column.key]));
      return r;
    });
    out.notes = [...published.notes];
    out.notesEn = [...published.notesEn];
    out.csv = published.csv;
    return out;
  }
}
