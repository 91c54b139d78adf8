import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Association entity: the samordningsförbund (tenant). Table `associations`; lives only in persistence. */
@Entity({ name: 'associations' })
@Unique('associations_organisation_number_key', ['organisationNumber'])
@Check('associations_name_check', '(length(name) >= 1) AND (length(name) <= 200)')
@Check(
  'associations_organisation_number_check',
  "organisation_number ~ '^[0-9]{6}-[0-9]{4}$'::text",
)
export class AssociationEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'organisation_number', type: 'text' })
  organisationNumber!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
