import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Versioned reference data. Table `code_list_entries`; lives only in persistence. */
@Entity({ name: 'code_list_entries' })
@Check('code_list_entries_code_check', "code ~ '^[a-z_]{2,60}$'::text")
@Check(
  'code_list_entries_list_id_check',
  "list_id = ANY (ARRAY['income_source'::text, 'occupation_after'::text, 'discharge_reason'::text, 'education_level'::text])",
)
@Check(
  'code_list_entries_outcome_check',
  "outcome = ANY (ARRAY['work'::text, 'subsidised_work'::text, 'studies'::text, 'job_seeking'::text, 'other'::text])",
)
@Check('code_list_entries_version_check', 'version >= 1')
export class CodeListEntryEntity {
  @PrimaryColumn({ name: 'list_id', type: 'text' })
  listId!: string;

  @PrimaryColumn({ name: 'version', type: 'int' })
  version!: number;

  @PrimaryColumn({ name: 'code', type: 'text' })
  code!: string;

  @Column({ name: 'label_sv', type: 'text' })
  labelSv!: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ name: 'outcome', type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'public_support', type: 'boolean', nullable: true })
  publicSupport!: boolean | null;

  @Column({ name: 'exclusive', type: 'boolean', default: false })
  exclusive!: boolean;
}
