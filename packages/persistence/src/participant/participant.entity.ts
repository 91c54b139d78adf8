import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import type { Gender, TargetGroupFactor } from '@finsam-se/domain';
import { MunicipalityEntity } from '../organisation/municipality.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** A deltagare; the personnummer only encrypted and as a keyed hash. Table `participants`; lives only in persistence. */
@Entity({ name: 'participants' })
@Unique('participants_association_id_personnummer_hash_key', ['associationId', 'personnummerHash'])
@Index('participants_by_name', ['associationId', 'lastName', 'firstName', 'id'])
@Index('participants_by_registrant', ['associationId', 'registeredBy'], {
  where: 'registered_by IS NOT NULL',
})
@Check(
  'participants_education_level_check',
  "education_level = ANY (ARRAY['primary_incomplete'::text, 'primary'::text, 'upper_secondary'::text, 'post_secondary'::text])",
)
@Check('participants_first_name_check', '(length(first_name) >= 1) AND (length(first_name) <= 100)')
@Check(
  'participants_gender_check',
  "gender = ANY (ARRAY['female'::text, 'male'::text, 'other'::text])",
)
@Check('participants_last_name_check', '(length(last_name) >= 1) AND (length(last_name) <= 100)')
@Check('participants_personnummer_hash_check', 'length(personnummer_hash) = 32')
@Check(
  'participants_target_group_factors_check',
  "target_group_factors <@ ARRAY['disability'::text, 'mental_ill_health'::text, 'substance_abuse'::text]",
)
export class ParticipantEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
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
  gender!: Gender;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'home_municipality_id', type: 'uuid' })
  homeMunicipalityId!: string;

  @Column({ name: 'target_group_factors', type: 'text', array: true, default: () => "'{}'" })
  targetGroupFactors!: TargetGroupFactor[];

  @Column({ name: 'education_level', type: 'text', nullable: true })
  educationLevel!: string | null;

  @Column({ name: 'version', type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'anonymised_on', type: 'date', nullable: true })
  anonymisedOn!: string | null;

  /** The user who registered the person (NULL for rows from before it was recorded). */
  @Column({ name: 'registered_by', type: 'uuid', nullable: true })
  registeredBy!: string | null;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'participants_association_id_home_municipality_id_fkey',
    },
    { name: 'home_municipality_id', referencedColumnName: 'id' },
  ])
  homeMunicipality?: Relation<MunicipalityEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'participants_registered_by_fkey',
    },
    { name: 'registered_by', referencedColumnName: 'id' },
  ])
  registeredByUser?: Relation<UserEntity>;
}
