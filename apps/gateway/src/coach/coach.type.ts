import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Fte } from '@finsam-se/domain';
import type { CoachView } from '@finsam-se/persistence';
import { LocalDateScalar } from '../schema/scalars.js';

@ObjectType('Coach')
export class CoachType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => Float) fte!: number;
  @Field(() => LocalDateScalar) employedFrom!: string;
  @Field(() => LocalDateScalar, { nullable: true }) employedUntil!: string | null;
  @Field(() => Int) activeParticipants!: number;

  static from(c: CoachView): CoachType {
    return Object.assign(new CoachType(), {
      id: c.id,
      name: c.name,
      municipalityId: c.municipalityId,
      fte: Fte.toDecimal(c.fte),
      employedFrom: c.employedFrom,
      employedUntil: c.employedUntil,
      activeParticipants: c.activeParticipants,
    });
  }
}
