import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Association entity: the samordningsförbund (tenant). Table `associations`; lives only in persistence. */
@Entity({ name: 'associations' })
export class AssociationEntity {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'organisation_number', type: 'text' })
  organisationNumber!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
