import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An inskrivning. Table `enrollments`; lives only in persistence. */
@Entity({ name: 'enrollments' })
export class EnrollmentEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'coach_id', type: 'uuid' })
  coachId!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId!: string | null;

  @Column({ name: 'enrolled_on', type: 'date' })
  enrolledOn!: string;

  @Column({ name: 'compensation_at_start', type: 'text', array: true })
  compensationAtStart!: string[];

  @Column({ name: 'compensation_during', type: 'text', array: true, default: () => "'{}'" })
  compensationDuring!: string[];

  @Column({ name: 'current_phase', type: 'text' })
  currentPhase!: string;

  @Column({ name: 'discharged_on', type: 'date', nullable: true })
  dischargedOn!: string | null;

  @Column({ name: 'discharge_reason', type: 'text', nullable: true })
  dischargeReason!: string | null;

  @Column({ name: 'compensation_at_end', type: 'text', array: true, nullable: true })
  compensationAtEnd!: string[] | null;

  @Column({ name: 'occupation_after', type: 'text', nullable: true })
  occupationAfter!: string | null;

  @Column({ name: 'first_employer_contact_on', type: 'date', nullable: true })
  firstEmployerContactOn!: string | null;

  @Column({ name: 'first_job_on', type: 'date', nullable: true })
  firstJobOn!: string | null;

  @Column({ name: 'version', type: 'int' })
  version!: number;
}
