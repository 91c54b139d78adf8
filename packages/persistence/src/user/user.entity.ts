import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { ReferrerOrganisation, Role } from '@finsam-se/domain';
import { AssociationEntity } from '../organisation/association.entity.js';
import { CoachEntity } from '../coach/coach.entity.js';
import { MunicipalityEntity } from '../organisation/municipality.entity.js';

/** A person who signs in. Table `users`; lives only in persistence. */
@Entity({ name: 'users' })
@Index('users_email_key', ['email'], { unique: true })
@Check('users_check', "(role <> 'municipal_chief'::text) OR (municipality_id IS NOT NULL)")
@Check('users_check1', "(role <> 'coach'::text) OR (coach_id IS NOT NULL)")
@Check(
  'users_email_check',
  "(email = lower(email)) AND (email ~ '^[^@\\s]+@[^@\\s]+$'::text) AND (length(email) <= 254)",
)
@Check('users_name_check', '(length(name) >= 1) AND (length(name) <= 200)')
@Check(
  'users_organisation_check',
  "organisation = ANY (ARRAY['FK'::text, 'AF'::text, 'REGION'::text, 'MUNICIPALITY'::text])",
)
@Check(
  'users_role_check',
  "role = ANY (ARRAY['board'::text, 'steering'::text, 'manager'::text, 'municipal_chief'::text, 'coach'::text, 'referrer'::text, 'external'::text])",
)
export class UserEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'email', type: 'text' })
  email!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'role', type: 'text' })
  role!: Role;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @Column({ name: 'coach_id', type: 'uuid', nullable: true })
  coachId!: string | null;

  @Column({ name: 'organisation', type: 'text', nullable: true })
  organisation!: ReferrerOrganisation | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'active', type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'failed_logins', type: 'int', default: 0 })
  failedLogins!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Column({ name: 'session_generation', type: 'int', default: 1 })
  sessionGeneration!: number;

  @Column({ name: 'version', type: 'int', default: 1 })
  version!: number;

  @ManyToOne(() => CoachEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'users_association_id_coach_id_fkey',
    },
    { name: 'coach_id', referencedColumnName: 'id' },
  ])
  coach?: Relation<CoachEntity>;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'users_association_id_fkey',
    },
  ])
  association?: Relation<AssociationEntity>;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'users_association_id_municipality_id_fkey',
    },
    { name: 'municipality_id', referencedColumnName: 'id' },
  ])
  municipality?: Relation<MunicipalityEntity>;
}
