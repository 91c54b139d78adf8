import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Versioned reference data. Table `code_list_entries`; lives only in persistence. */
@Entity({ name: 'code_list_entries' })
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

  @Column({ name: 'exclusive', type: 'boolean' })
  exclusive!: boolean;
}
