import { Field, ID, ObjectType } from 'type-graphql';
import type { Attestation } from '@finsam-se/domain';
import { LocalDateScalar } from '../schema/scalars.js';

@ObjectType('Attestation', { description: 'Halvårsintyg signed by the municipal chief.' })
export class AttestationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => ID) projectId!: string;
  @Field() halfYear!: string;
  @Field() signedByName!: string;
  @Field(() => LocalDateScalar, { nullable: true }) signedOn!: string | null;
  @Field() statement!: string;

  static from(a: Attestation, signedByName: string): AttestationType {
    return Object.assign(new AttestationType(), {
      id: a.id,
      municipalityId: a.municipalityId,
      projectId: a.projectId,
      halfYear: a.halfYear,
      signedByName,
      signedOn: a.signedOn,
      statement: a.statement,
    });
  }
}
