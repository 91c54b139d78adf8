import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../schema/scalars.js';

@ObjectType('MeetingCadence', {
  description:
    'Whether a municipality\'s SE group met every month ("träffas varje månad") over whole calendar months before asOf\'s month.',
})
export class MeetingCadenceType {
  @Field(() => ID) municipalityId!: string;
  @Field(() => String) municipalityName!: string;
  @Field(() => LocalDateScalar, { description: 'First day of the first month judged.' })
  from!: string;
  @Field(() => LocalDateScalar, { description: 'First day after the last month judged.' })
  until!: string;
  @Field(() => Int, { description: 'Whole months judged.' }) months!: number;
  @Field(() => Int, { description: 'Months with at least one meeting.' }) monthsMet!: number;
  @Field(() => [String], { description: 'Months without a meeting, as YYYY-MM, oldest first.' })
  missedMonths!: string[];
  @Field(() => LocalDateScalar, { nullable: true }) lastHeldOn!: string | null;
  @Field(() => Boolean, { description: 'A month of the window passed without a meeting.' })
  behind!: boolean;
}
