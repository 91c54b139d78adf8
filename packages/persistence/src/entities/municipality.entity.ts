import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member kommun. Table `municipalities`; lives only in persistence. */
@Entity({ name: 'municipalities' })
export class MunicipalityEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'code', type: 'char' })
  code!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;
}
