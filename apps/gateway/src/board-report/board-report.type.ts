import type { BoardReportRecord } from '@finsam-se/persistence';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The board's periods (values as stored). */
export const BoardReportPeriodEnum = { T1: 'T1', T2: 'T2', ANNUAL: 'ANNUAL' } as const;
registerEnumType(BoardReportPeriodEnum, {
  name: 'BoardReportPeriod',
  description:
    'T1: Delårsrapport January–April; T2: Delårsrapport January–August; ANNUAL: Årsrapport.',
});

// Other förbund call this with `ID` variables: within API v1 its ids stay `ID` (checked as
// UUIDs by input.uuid), where every other input takes `UUID` (docs/api.md, "Versioning").
@InputType('ProduceBoardReportInput')
export class ProduceBoardReportInput {
  @Field(() => ID) projectId!: string;
  @Field(() => Int) year!: number;
  @Field(() => BoardReportPeriodEnum) period!: keyof typeof BoardReportPeriodEnum;
  @Field(() => ID, {
    nullable: true,
    description:
      "Whose figures: another förbund's id, for `external` users only (published, suppressed figures); default your own association.",
  })
  associationId?: string;
}

@ObjectType('BoardReport', {
  description:
    'A produced Delårsrapport or Årsrapport, stored as the PDF that was produced (immutable).',
})
export class BoardReportType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The förbund whose figures were printed.' })
  sourceAssociationId!: string;
  @Field(() => ID) projectId!: string;
  @Field() projectName!: string;
  @Field(() => Int) year!: number;
  @Field(() => BoardReportPeriodEnum) period!: keyof typeof BoardReportPeriodEnum;
  @Field() title!: string;
  @Field() producedByName!: string;
  @Field({ description: 'ISO timestamp.' }) producedAt!: string;
  @Field({ description: 'SHA-256 of the stored PDF, hex.' }) sha256!: string;
  @Field(() => Int) byteLength!: number;
  @Field({ description: 'GET with the bearer header: the stored PDF, byte for byte.' })
  downloadPath!: string;

  static from(record: BoardReportRecord, title: string): BoardReportType {
    return Object.assign(new BoardReportType(), {
      id: record.id,
      sourceAssociationId: record.sourceAssociationId,
      projectId: record.projectId,
      projectName: record.projectName,
      year: record.year,
      period: record.period,
      title,
      producedByName: record.producedByName,
      producedAt: record.producedAt,
      sha256: record.sha256,
      byteLength: record.byteLength,
      downloadPath: `/board-report/${record.id}.pdf`,
    });
  }
}
