import { Field, ID, ObjectType } from 'type-graphql';
import type { Employer } from '@finsam-se/domain';

@ObjectType('Employer')
export class EmployerType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) organisationNumber!: string | null;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;

  static from(e: Employer): EmployerType {
    return Object.assign(new EmployerType(), {
      id: e.id,
      name: e.name,
      organisationNumber: e.organisationNumber,
      municipalityId: e.municipalityId,
    });
  }
}
