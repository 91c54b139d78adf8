import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { AssociationEntity } from './association.entity.js';

/** A member kommun. Table `municipalities`; lives only in persistence. */
@Entity({ name: 'municipalities' })
@Unique('municipalities_association_id_code_key', ['associationId', 'code'])
@Check('municipalities_code_check', "code ~ '^(0[1-9]|1[0-9]|2[0-5])[0-9]{2}$'::text")
@Check('municipalities_name_check', '(length(name) >= 1) AND (length(name) <= 100)')
export class MunicipalityEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'code', type: 'char', length: 4 })
  code!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'municipalities_association_id_fkey',
    },
  ])
  association?: Relation<AssociationEntity>;
}
