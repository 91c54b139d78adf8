import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Funded coach capacity (hundredths of FTE) over a half-open date range. Table `posts`; lives only in persistence. */
@Entity({ name: 'posts' })
export class PostEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'fte', type: 'smallint' })
  fte!: number;

  @Column({ name: 'period', type: 'daterange' })
  period!: string;

  @Column({ name: 'reallocation_id', type: 'uuid', nullable: true })
  reallocationId!: string | null;
}
