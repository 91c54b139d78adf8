import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A monthly SE-group meeting. Table `se_group_meetings`; lives only in persistence. */
@Entity({ name: 'se_group_meetings' })
export class SeGroupMeetingEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ name: 'notes', type: 'text' })
  notes!: string;
}
