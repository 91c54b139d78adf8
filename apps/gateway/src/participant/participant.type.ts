import { Field, ID, Int, ObjectType } from 'type-graphql';
import { maskPersonnummer, type Participant, type Phase } from '@finsam-se/domain';
import {
  GenderEnum,
  ParticipantStatusEnum,
  PhaseEnum,
  TargetGroupFactorEnum,
  type ValueOf,
} from '../schema/enums.js';
import { LocalDateScalar } from '../schema/scalars.js';

@ObjectType('Participant', {
  description: 'A deltagare. The personnummer is masked unless the role may see it.',
})
export class ParticipantType {
  @Field(() => ID) id!: string;
  @Field({ description: '19811218-**** unless your role may see the full number.' })
  personnummer!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => GenderEnum) gender!: ValueOf<typeof GenderEnum>;
  @Field(() => LocalDateScalar) birthDate!: string;
  @Field(() => ID) homeMunicipalityId!: string;
  @Field(() => [TargetGroupFactorEnum]) targetGroupFactors!: ValueOf<
    typeof TargetGroupFactorEnum
  >[];
  @Field(() => Int) version!: number;
  // Resolved through loaders (latest enrollment):
  @Field(() => ID, { nullable: true }) coachId?: string | null;
  @Field(() => PhaseEnum, {
    nullable: true,
    description: 'The step of the latest enrollment (also after discharge: see `status`).',
  })
  currentPhase?: Phase | null;
  @Field(() => ID, { nullable: true }) enrollmentId?: string | null;
  @Field(() => ParticipantStatusEnum, {
    description:
      'Whether the person is enrolled now, waiting for a first enrollment, or discharged.',
  })
  status!: ValueOf<typeof ParticipantStatusEnum>;

  static from(p: Participant, showPersonnummer: boolean): ParticipantType {
    return Object.assign(new ParticipantType(), {
      id: p.id,
      personnummer: showPersonnummer
        ? `${p.personnummer.slice(0, 8)}-${p.personnummer.slice(8)}`
        : maskPersonnummer(p.personnummer),
      firstName: p.firstName,
      lastName: p.lastName,
      gender: p.gender,
      birthDate: p.birthDate,
      homeMunicipalityId: p.homeMunicipalityId,
      targetGroupFactors: [...p.targetGroupFactors],
      version: p.version,
    });
  }
}
