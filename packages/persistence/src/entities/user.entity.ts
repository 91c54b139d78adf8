import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person who signs in. Table `users`; lives only in persistence. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'email', type: 'text' })
  email!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'role', type: 'text' })
  role!: string;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @Column({ name: 'coach_id', type: 'uuid', nullable: true })
  coachId!: string | null;

  @Column({ name: 'organisation', type: 'text', nullable: true })
  organisation!: string | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'active', type: 'boolean' })
  active!: boolean;

  @Column({ name: 'failed_logins', type: 'int' })
  failedLogins!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Column({ name: 'session_generation', type: 'int' })
  sessionGeneration!: number;

  @Column({ name: 'version', type: 'int' })
  version!: number;
}
