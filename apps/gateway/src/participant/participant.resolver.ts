import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import {
  GenderEnum,
  ParticipantStatusEnum,
  TargetGroupFactorEnum,
  type ValueOf,
} from '../schema/enums.js';
import { participantService } from './participant.service.js';
import { ListMetadata } from '../organisation/organisation.type.js';
import { ParticipantType } from './participant.type.js';
import { ListArgs, pagingOf } from '../schema/list-args.js';

@InputType('ParticipantFilter')
class ParticipantFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, {
    nullable: true,
    description:
      'A personnummer (10 or 12 digits, with or without - or +) or name words, each beginning a word of the first or last name.',
  })
  q?: string;
  @Field(() => ID, { nullable: true, description: 'Home municipality.' }) municipalityId?: string;
  @Field(() => ID, { nullable: true }) coachId?: string;
  @Field(() => [ParticipantStatusEnum], { nullable: true, description: 'Any of these.' })
  status?: ValueOf<typeof ParticipantStatusEnum>[];
}

@Resolver()
export class ParticipantResolver {
  @Query(() => [ParticipantType])
  allParticipants(
    @Args() args: ListArgs,
    @Arg('filter', () => ParticipantFilter, { nullable: true })
    filter: ParticipantFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantType[]> {
    return participantService.list(ctx, pagingOf(args, 'Participant'), filter);
  }
  @Query(() => ListMetadata)
  async _allParticipantsMeta(
    @Args() _args: ListArgs,
    @Arg('filter', () => ParticipantFilter, { nullable: true })
    filter: ParticipantFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    return { count: await participantService.count(ctx, filter) };
  }
  @Query(() => ParticipantType, { nullable: true })
  Participant(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantType | null> {
    return participantService.get(ctx, id);
  }
  @Mutation(() => ParticipantType)
  createParticipant(
    @Arg('personnummer', () => String) personnummer: string,
    @Arg('firstName', () => String) firstName: string,
    @Arg('lastName', () => String) lastName: string,
    @Arg('homeMunicipalityId', () => ID) homeMunicipalityId: string,
    @Arg('targetGroupFactors', () => [TargetGroupFactorEnum], { nullable: true })
    targetGroupFactors: ValueOf<typeof TargetGroupFactorEnum>[] | undefined,
    @Arg('gender', () => GenderEnum, {
      nullable: true,
      description: 'Defaults to the legal gender of the personnummer.',
    })
    gender: ValueOf<typeof GenderEnum> | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantType> {
    return participantService.create(ctx, {
      personnummer,
      firstName,
      lastName,
      homeMunicipalityId,
      targetGroupFactors: targetGroupFactors ?? undefined,
      gender: gender ?? undefined,
    });
  }
  @Mutation(() => ParticipantType)
  updateParticipant(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('firstName', () => String, { nullable: true }) firstName: string | undefined,
    @Arg('lastName', () => String, { nullable: true }) lastName: string | undefined,
    @Arg('homeMunicipalityId', () => ID, { nullable: true })
    homeMunicipalityId: string | undefined,
    @Arg('targetGroupFactors', () => [TargetGroupFactorEnum], { nullable: true })
    targetGroupFactors: ValueOf<typeof TargetGroupFactorEnum>[] | undefined,
    @Arg('gender', () => GenderEnum, { nullable: true })
    gender: ValueOf<typeof GenderEnum> | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantType> {
    return participantService.update(ctx, id, version, {
      firstName: firstName ?? undefined,
      lastName: lastName ?? undefined,
      homeMunicipalityId: homeMunicipalityId ?? undefined,
      targetGroupFactors: targetGroupFactors ?? undefined,
      gender: gender ?? undefined,
    });
  }
}
