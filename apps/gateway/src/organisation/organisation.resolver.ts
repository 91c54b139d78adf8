import {
  Arg,
  Args,
  Ctx,
  Field,
  Float,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import { allocationRepository } from '@finsam-se/persistence';
import { authorize } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { LocalDateScalar } from '../schema/scalars.js';
import { coachService } from '../coach/coach.service.js';
import { reallocationView as toReallocationType } from '../reallocation/reallocation.service.js';
import { input } from '../shared/input.js';
import { CoachType, ListMetadata, ReallocationType } from './organisation.type.js';
import { ListArgs, pagingOf } from '../schema/list-args.js';

@InputType('ReallocationFilter')
class ReallocationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) projectId?: string;
}

@Resolver()
export class OrganisationResolver {
  // Municipalities, projects, posts and coaches are read through schema/resources.ts.
  @Mutation(() => CoachType)
  async createCoach(
    @Arg('name') name: string,
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Arg('fte', () => Float) fte: number,
    @Arg('employedFrom', () => LocalDateScalar) employedFrom: string,
    @Arg('monthlySalary', () => Float, { nullable: true, description: 'Öre per month.' })
    monthlySalary: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<CoachType> {
    return coachService.create(ctx, { name, municipalityId, fte, employedFrom, monthlySalary });
  }
  @Mutation(() => CoachType)
  async updateCoach(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { nullable: true }) name: string | undefined,
    @Arg('fte', () => Float, { nullable: true }) fte: number | undefined,
    @Arg('employedUntil', () => LocalDateScalar, { nullable: true })
    employedUntil: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<CoachType> {
    return coachService.update(ctx, id, { name, fte, employedUntil });
  }

  // Reallocations: the decision history (decided through decideReallocation).
  @Query(() => [ReallocationType])
  async allReallocations(
    @Args() args: ListArgs,
    @Arg('filter', () => ReallocationFilter, { nullable: true })
    filter: ReallocationFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ReallocationType[]> {
    authorize(ctx.actor, 'reallocation.read');
    const paging = pagingOf(args, 'Reallocation');
    const { rows } = await ctx.inTenant((tx) =>
      allocationRepository.listReallocations(tx, {
        ...(filter?.projectId
          ? { projectId: input.uuid('filter.projectId', filter.projectId) }
          : {}),
        ...(filter?.ids ? { ids: input.uuids('filter.ids', filter.ids) ?? [] } : {}),
        limit: paging.limit,
        offset: paging.offset,
        sortOrder: args.sortOrder === undefined ? 'DESC' : paging.sortOrder,
      }),
    );
    return Promise.all(rows.map((r) => toReallocationType(ctx, r)));
  }
  @Query(() => ListMetadata)
  async _allReallocationsMeta(
    @Args() _args: ListArgs,
    @Arg('filter', () => ReallocationFilter, { nullable: true })
    filter: ReallocationFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    authorize(ctx.actor, 'reallocation.read');
    const { total } = await ctx.inTenant((tx) =>
      allocationRepository.listReallocations(tx, {
        ...(filter?.projectId
          ? { projectId: input.uuid('filter.projectId', filter.projectId) }
          : {}),
        ...(filter?.ids ? { ids: input.uuids('filter.ids', filter.ids) ?? [] } : {}),
        limit: 1,
        offset: 0,
      }),
    );
    return { count: total };
  }
  @Query(() => ReallocationType, { nullable: true })
  async Reallocation(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ReallocationType | null> {
    authorize(ctx.actor, 'reallocation.read');
    const row = await ctx.inTenant((tx) =>
      allocationRepository.findReallocation(tx, input.uuid('id', id)),
    );
    return row ? toReallocationType(ctx, row) : null;
  }
}
