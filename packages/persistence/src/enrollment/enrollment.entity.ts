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
import type { Phase } from '@finsam-se/domain';
import { CoachEntity } from '../coach/coach.entity.js';
import { MunicipalityEntity } from '../organisation/municipality.entity.js';
import { ParticipantEntity } from '../participant/participant.entity.js';
import { ProjectEntity } from '../organisation/project.entity.js';
import { ReferralEntity } from '../referral/referral.entity.js';

/** An inskrivning. Table `enrollments`; lives only in persistence. */
@Entity({ name: 'enrollments' })
@Index('enrollments_by_municipality', [
  'associationId',
  'projectId',
  'municipalityId',
  'enrolledOn',
])
@Index('enrollments_by_participant', ['associationId', 'participantId'])
@Index('enrollments_caseload_by_coach', ['associationId', 'coachId', 'enrolledOn', 'dischargedOn'])
@Index('enrollments_discharged', ['associationId', 'projectId', 'dischargedOn'], {
  where: 'discharged_on IS NOT NULL',
})
@Index('enrollments_one_open_per_project', ['associationId', 'participantId', 'projectId'], {
  unique: true,
  where: 'discharged_on IS NULL',
})
@Check('enrollments_check', '(discharged_on IS NULL) OR (discharged_on >= enrolled_on)')
@Check(
  'enrollments_check1',
  '((discharged_on IS NULL) = (discharge_reason IS NULL)) AND ((discharged_on IS NULL) = (compensation_at_end IS NULL)) AND ((discharged_on IS NULL) = (occupation_after IS NULL))',
)
@Check('enrollments_compensation_at_start_check', 'cardinality(compensation_at_start) >= 1')
@Check(
  'enrollments_current_phase_check',
  "current_phase = ANY (ARRAY['agreement'::text, 'vocational_profile'::text, 'job_finding'::text, 'employer_engagement'::text, 'support_on_off_job'::text])",
)
export class EnrollmentEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
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

  @Column({ name: 'current_phase', type: 'text', default: 'agreement' })
  currentPhase!: Phase;

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

  @Column({ name: 'version', type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'compensation_during', type: 'text', array: true, default: () => "'{}'" })
  compensationDuring!: string[];

  @ManyToOne(() => CoachEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'enrollments_association_id_coach_id_fkey',
    },
    { name: 'coach_id', referencedColumnName: 'id' },
  ])
  coach?: Relation<CoachEntity>;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'enrollments_association_id_municipality_id_fkey',
    },
    { name: 'municipality_id', referencedColumnName: 'id' },
  ])
  municipality?: Relation<MunicipalityEntity>;

  @ManyToOne(() => ParticipantEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'enrollments_association_id_participant_id_fkey',
    },
    { name: 'participant_id', referencedColumnName: 'id' },
  ])
  participant?: Relation<ParticipantEntity>;

  @ManyToOne(() => ProjectEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'enrollments_association_id_project_id_fkey',
    },
    { name: 'project_id', referencedColumnName: 'id' },
  ])
  project?: Relation<ProjectEntity>;

  @ManyToOne(() => ReferralEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'enrollments_association_id_referral_id_fkey',
    },
    { name: 'referral_id', referencedColumnName: 'id' },
  ])
  referral?: Relation<ReferralEntity>;
}
