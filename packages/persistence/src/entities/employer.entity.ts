import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An employer. Table `employers`; lives only in persistence. */
@Entity({ name: 'employers' })
export class EmployerEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'organisation_number', type: 'text', nullable: true })
  organisationNumber!: string | null;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId!: string | null;
}
