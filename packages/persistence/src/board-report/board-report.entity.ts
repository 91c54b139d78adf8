import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../user/user.entity.js';

/** A produced board report (Delårsrapport T1/T2, Årsrapport) as its immutable PDF. Table `board_reports`; lives only in persistence. */
@Entity({ name: 'board_reports' })
@Index('board_reports_by_project', ['associationId', 'projectId', 'producedAt'])
@Check('board_reports_check', 'octet_length(pdf) = byte_length')
@Check('board_reports_byte_length_check', 'byte_length > 0')
@Check('board_reports_period_check', "period = ANY (ARRAY['T1'::text, 'T2'::text, 'ANNUAL'::text])")
@Check(
  'board_reports_produced_by_name_check',
  '(length(produced_by_name) >= 1) AND (length(produced_by_name) <= 300)',
)
@Check(
  'board_reports_project_name_check',
  '(length(project_name) >= 1) AND (length(project_name) <= 300)',
)
@Check('board_reports_sha256_check', "sha256 ~ '^[0-9a-f]{64}$'::text")
@Check('board_reports_year_check', '(year >= 2000) AND (year <= 2100)')
export class BoardReportEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'source_association_id', type: 'uuid' })
  sourceAssociationId!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'project_name', type: 'text' })
  projectName!: string;

  @Column({ name: 'year', type: 'smallint' })
  year!: number;

  @Column({ name: 'period', type: 'text' })
  period!: string;

  @Column({ name: 'produced_by', type: 'uuid' })
  producedBy!: string;

  @Column({ name: 'produced_by_name', type: 'text' })
  producedByName!: string;

  @Column({ name: 'produced_at', type: 'timestamptz', default: () => 'now()' })
  producedAt!: Date;

  @Column({ name: 'sha256', type: 'text' })
  sha256!: string;

  @Column({ name: 'byte_length', type: 'integer' })
  byteLength!: number;

  @Column({ name: 'pdf', type: 'bytea' })
  pdf!: Buffer;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'board_reports_association_id_produced_by_fkey',
    },
    { name: 'produced_by', referencedColumnName: 'id' },
  ])
  producer?: Relation<UserEntity>;
}
