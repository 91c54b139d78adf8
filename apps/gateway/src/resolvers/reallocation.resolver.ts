import { Arg, Ctx, Float, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { ApportionMethodEnum, type ValueOf } from '../schema/enums.js';
import { LocalDateScalar } from '../schema/scalars.js';
import { reallocationService } from '../services/reallocation.service.js';
import { ReallocationType } from '../types/organisation.type.js';
import {
  AllocationType,
  BoundInput,
  CaseloadSeriesType,
  DecideReallocationInput,
  DraftCheckType,
  ReallocationLineInput,
  ReallocationPlanType,
} from '../types/reallocation.type.js';
import { toReallocationType } from './organisation.resolver.js';

@Resolver()
export class ReallocationResolver {
  @Query(() => AllocationType)
  async allocation(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('asOf', () => LocalDateScalar) asOf: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AllocationType> {
    return Object.assign(
      new AllocationType(),
      await reallocationService.allocation(ctx, projectId, asOf),
    );
  }

  @Query(() => CaseloadSeriesType, {
    description: 'Active participants per FTE per month, [from, to).',
  })
  async caseloadSeries(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseloadSeriesType> {
    return Object.assign(
      new CaseloadSeriesType(),
      await reallocationService.caseloadSeries(ctx, projectId, from, to),
    );
  }

  @Query(() => ReallocationPlanType, {
    description: 'A suggested next allocation; writes nothing.',
  })
  async reallocationPlan(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('method', () => ApportionMethodEnum) method: ValueOf<typeof ApportionMethodEnum>,
    @Arg('step', () => Float) step: number,
    @Arg('effectiveFrom', () => LocalDateScalar) effectiveFrom: string,
    @Arg('bounds', () => [BoundInput], { nullable: true }) bounds: BoundInput[] | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ReallocationPlanType> {
    return Object.assign(
      new ReallocationPlanType(),
      await reallocationService.plan(ctx, {
        projectId,
        method,
        step,
        effectiveFrom,
        bounds: bounds ?? [],
      }),
    );
  }

  @Query(() => DraftCheckType, { description: 'Every rule a draft breaks, and its budget effect.' })
  async validateReallocationDraft(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('effectiveFrom', () => LocalDateScalar) effectiveFrom: string,
    @Arg('lines', () => [ReallocationLineInput]) lines: ReallocationLineInput[],
    @Arg('step', () => Float, { nullable: true }) step: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<DraftCheckType> {
    return Object.assign(
      new DraftCheckType(),
      await reallocationService.validateDraft(ctx, {
        projectId,
        effectiveFrom,
        lines,
        step: step ?? null,
      }),
    );
  }

  @Mutation(() => ReallocationType, {
    description:
      'Decides the next allocation in one transaction. CONFLICT if expectedVersion is stale.',
  })
  async decideReallocation(
    @Arg('input', () => DecideReallocationInput) input: DecideReallocationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReallocationType> {
    const decided = await reallocationService.decide(ctx, input);
    return toReallocationType(ctx, decided);
  }
}
