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
import { AssociationEntity } from '../organisation/association.entity.js';
import { JobEffectEntity } from '../jobs/job-effect.entity.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * One mail message, sent or not (without SMTP, `held`: the demo's outbox). Table
 * `mail_outbox`; lives only in persistence. `mail_outbox_by_time` orders `created_at`
 * descending in the migration; TypeORM's index metadata has no column order.
 */
@Entity({ name: 'mail_outbox' })
@Index('mail_outbox_by_time', ['associationId', 'createdAt'])
@Index('mail_outbox_pending', ['associationId'], { where: "state = 'pending'::text" })
@Check('mail_outbox_attempts_check', 'attempts >= 0')
@Check('mail_outbox_last_error_check', 'length(last_error) <= 500')
@Check('mail_outbox_recipient_check', '(length(recipient) >= 3) AND (length(recipient) <= 254)')
@Check(
  'mail_outbox_state_check',
  "state = ANY (ARRAY['pending'::text, 'held'::text, 'sent'::text, 'failed'::text])",
)
@Check('mail_outbox_subject_check', '(length(subject) >= 1) AND (length(subject) <= 300)')
@Check(
  'mail_outbox_template_check',
  "template = ANY (ARRAY['follow_up_due'::text, 'survey_link'::text, 'attestation_due'::text, 'se_group_missed'::text, 'retention_report'::text])",
)
export class MailOutboxEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'effect_key', type: 'text', nullable: true })
  effectKey!: string | null;

  @Column({ name: 'template', type: 'text' })
  template!: string;

  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @Column({ name: 'recipient', type: 'text' })
  recipient!: string;

  @Column({ name: 'subject', type: 'text' })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody!: string;

  @Column({ name: 'state', type: 'text', default: 'pending' })
  state!: string;

  @Column({ name: 'attempts', type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'mail_outbox_association_id_fkey',
    },
  ])
  association?: Relation<AssociationEntity>;

  @ManyToOne(() => JobEffectEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'mail_outbox_association_id_effect_key_fkey',
    },
    { name: 'effect_key', referencedColumnName: 'key' },
  ])
  effect?: Relation<JobEffectEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'mail_outbox_association_id_recipient_user_id_fkey',
    },
    { name: 'recipient_user_id', referencedColumnName: 'id' },
  ])
  recipientUser?: Relation<UserEntity>;
}
