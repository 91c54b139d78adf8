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
import {
  allocationRepository,
  coaches,
  municipalities,
  posts,
  projects,
} from '@finsam-se/persistence';
import { authorize } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { LocalDateScalar } from '../schema/scalars.js';
import { coachService } from '../coach/coach.service.js';
import { reallocationView as toReallocationType } from '../reallocation/reallocation.service.js';
import { input } from '../shared/input.js';
import {
  CoachType,
  ListMetadata,
  MunicipalityType,
  PostType,
  ProjectType,
  ReallocationType,
} from './organisation.type.js';
import { cleanFilter, ListArgs, pagingOf } from '../schema/list-args.js';

@InputType('MunicipalityFilter')
class MunicipalityFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => String, { nullable: true }) code?: string;
}
@InputType('ProjectFilter')
class ProjectFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => LocalDateScalar, { nullable: true }) activeOn?: string;
}
@InputType('PostFilter')
class PostFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => ID, { nullable: true }) municipalityId?: string;
  @Field(() => LocalDateScalar, { nullable: true }) activeOn?: string;
}
@InputType('CoachFilter')
class CoachFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) municipalityId?: string;
}
@InputType('ReallocationFilter')
class ReallocationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) projectId?: string;
}

function checkIds<T extends { ids?: string[] }>(filter: T | undefined): T | undefined {
  if (filter?.ids) input.uuids('filter.ids', filter.ids);
  return filter;
}

@Resolver()
export class OrganisationResolver {
  // Municipalities (read-only reference data of the association).
  @Query(() => [MunicipalityType])
  async allMunicipalities(
    @Args() args: ListArgs,
    @Arg('filter', () => MunicipalityFilter, { nullable: true })
    filter: MunicipalityFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<MunicipalityType[]> {
    authorize(ctx.actor, 'municipality.read');
    const paging = pagingOf(args, 'Municipality', 100);
    const rows = await ctx.inTenant((tx) =>
      municipalities.list(tx, { ...paging, filter: cleanFilter(checkIds(filter)) }),
    );
    return rows.map(MunicipalityType.from);
  }
  @Query(() => ListMetadata)
  async _allMunicipalitiesMeta(
    @Args() _args: ListArgs,
    @Arg('filter', () => MunicipalityFilter, { nullable: true })
    filter: MunicipalityFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    authorize(ctx.actor, 'municipality.read');
    return {
      count: await ctx.inTenantStatement((tx) =>
        municipalities.count(tx, cleanFilter(checkIds(filter))),
      ),
    };
  }
  @Query(() => MunicipalityType, { nullable: true })
  async Municipality(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MunicipalityType | null> {
    authorize(ctx.actor, 'municipality.read');
    const row = await ctx.loaders.municipality.load(input.uuid('id', id));
    return row ? MunicipalityType.from(row) : null;
  }

  // Projects.
  @Query(() => [ProjectType])
  async allProjects(
    @Args() args: ListArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectType[]> {
    authorize(ctx.actor, 'project.read');
    const rows = await ctx.inTenant((tx) =>
      projects.list(tx, { ...pagingOf(args, 'Project'), filter: cleanFilter(checkIds(filter)) }),
    );
    return rows.map(ProjectType.from);
  }
  @Query(() => ListMetadata)
  async _allProjectsMeta(
    @Args() _args: ListArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    authorize(ctx.actor, 'project.read');
    return {
      count: await ctx.inTenantStatement((tx) => projects.count(tx, cleanFilter(checkIds(filter)))),
    };
  }
  @Query(() => ProjectType, { nullable: true })
  async Project(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectType | null> {
    authorize(ctx.actor, 'project.read');
    const row = await ctx.loaders.project.load(input.uuid('id', id));
    return row ? ProjectType.from(row) : null;
  }

  // Posts: the allocation history, read-only (changed only by decideReallocation).
  @Query(() => [PostType])
  async allPosts(
    @Args() args: ListArgs,
    @Arg('filter', () => PostFilter, { nullable: true }) filter: PostFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<PostType[]> {
    authorize(ctx.actor, 'post.read');
    const rows = await ctx.inTenant((tx) =>
      posts.list(tx, { ...pagingOf(args, 'Post'), filter: cleanFilter(checkIds(filter)) }),
    );
    return rows.map(PostType.from);
  }
  @Query(() => ListMetadata)
  async _allPostsMeta(
    @Args() _args: ListArgs,
    @Arg('filter', () => PostFilter, { nullable: true }) filter: PostFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    authorize(ctx.actor, 'post.read');
    return {
      count: await ctx.inTenantStatement((tx) => posts.count(tx, cleanFilter(checkIds(filter)))),
    };
  }
  @Query(() => PostType, { nullable: true })
  async Post(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PostType | null> {
    authorize(ctx.actor, 'post.read');
    const row = await ctx.inTenantStatement((tx) => posts.findById(tx, input.uuid('id', id)));
    return row ? PostType.from(row) : null;
  }

  // Coaches.
  @Query(() => [CoachType])
  async allCoaches(
    @Args() args: ListArgs,
    @Arg('filter', () => CoachFilter, { nullable: true }) filter: CoachFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<CoachType[]> {
    authorize(ctx.actor, 'coach.read');
    const rows = await ctx.inTenant((tx) =>
      coaches.list(tx, { ...pagingOf(args, 'Coach'), filter: cleanFilter(checkIds(filter)) }),
    );
    return rows.map(CoachType.from);
  }
  @Query(() => ListMetadata)
  async _allCoachesMeta(
    @Args() _args: ListArgs,
    @Arg('filter', () => CoachFilter, { nullable: true }) filter: CoachFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    authorize(ctx.actor, 'coach.read');
    return {
      count: await ctx.inTenantStatement((tx) => coaches.count(tx, cleanFilter(checkIds(filter)))),
    };
  }
  @Query(() => CoachType, { nullable: true })
  async Coach(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CoachType | null> {
    authorize(ctx.actor, 'coach.read');
    const row = await ctx.loaders.coach.load(input.uuid('id', id));
    return row ? CoachType.from(row) : null;
  }
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
