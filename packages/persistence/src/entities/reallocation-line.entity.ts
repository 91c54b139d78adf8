import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Before and after of one municipality in a reallocation. Table `reallocation_lines`; lives only in persistence. */
@Entity({ name: 'reallocation_lines' })
export class ReallocationLineEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'reallocation_id', type: 'uuid' })
  reallocationId!: string;

  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'fte_before', type: 'smallint' })
  fteBefore!: number;

  @Column({ name: 'fte_after', type: 'smallint' })
  fteAfter!: number;
}
