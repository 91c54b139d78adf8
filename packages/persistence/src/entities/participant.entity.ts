import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A deltagare; the personnummer only encrypted and as a keyed hash. Table `participants`; lives only in persistence. */
@Entity({ name: 'participants' })
export class ParticipantEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'personnummer_cipher', type: 'bytea' })
  personnummerCipher!: Buffer;

  @Column({ name: 'personnummer_hash', type: 'bytea' })
  personnummerHash!: Buffer;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'gender', type: 'text' })
  gender!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'home_municipality_id', type: 'uuid' })
  homeMunicipalityId!: string;

  @Column({ name: 'target_group_factors', type: 'text', array: true })
  targetGroupFactors!: string[];

  @Column({ name: 'education_level', type: 'text', nullable: true })
  educationLevel!: string | null;

  /** The user who registered the person (NULL for rows from before it was recorded). */
  @Column({ name: 'registered_by', type: 'uuid', nullable: true })
  registeredBy!: string | null;

  @Column({ name: 'version', type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
