import { Field, Int, ObjectType } from 'type-graphql';

/** `_allXsMeta`: the count react-admin's list pages ask for beside a page of rows. */
@ObjectType('ListMetadata')
export class ListMetadata {
  @Field(() => Int) count!: number;
}
