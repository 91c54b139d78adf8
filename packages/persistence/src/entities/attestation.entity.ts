import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed halvårsintyg. Table `attestations`; lives only in persistence. */
@Entity({ name: 'attestations' })
export class AttestationEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'half_year', type: 'text' })
  halfYear!: string;

  @Column({ name: 'signed_by', type: 'uuid' })
  signedBy!: string;

  @Column({ name: 'signed_on', type: 'date' })
  signedOn!: string;

  @Column({ name: 'statement', type: 'text' })
  statement!: string;
}
