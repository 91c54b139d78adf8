import type { Uuid, LocalDate } from '@finsam-se/domain';
import { Arg, Ctx, Float, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { ApportionMethodEnum, type ValueOf } from '../schema/enums.js';
import { LocalDateScalar, UuidScalar } from '../schema/scalars.js';
import { reallocationService } from './reallocation.service.js';
import { reallocationSettingsService } from './reallocation-settings.service.js';
import { ReallocationType } from './reallocation.type.js';
import {
  AllocationType,
  BoundInput,
  CaseloadSeriesType,
  DecideReallocationInput,
  DraftCheckType,
  ProposalStatusEnum,
  ReallocationLineInput,
  ReallocationPlanType,
  ReallocationProposalType,
  ReallocationSettingsInput,
  ReallocationSettingsType,
} from './reallocation.type.js';
import { reallocationView as toReallocationType } from './reallocation.service.js';
import { reallocations } from '@finsam-se/persistence';
import { defineResource } from '../schema/define-resource.js';

/** The decision history (decided through decideReallocation), newest first unless asked. */
export const reallocationResource = defineResource({
  name: 'Reallocation',
  plural: 'Reallocations',
  type: ReallocationType,
  filters: { ids: 'ids', projectId: 'id' },
  repository: reallocations,
  action: 'reallocation.read',
  defaultSortOrder: 'DESC',
  toTypes: (ctx, rows) => Promise.all(rows.map((row) => toReallocationType(ctx, row))),
});

@Resolver()
export class ReallocationResolver {
  @Query(() => AllocationType)
  async allocation(
    @Arg('projectId', () => UuidScalar) projectId: Uuid,
    @Arg('asOf', () => LocalDateScalar) asOf: LocalDate,
    @Arg('windowMonths', () => Int, {
      nullable: true,
      description: 'Months the caseload is followed over (mean), default 6.',
    })
    windowMonths: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<AllocationType> {
    return Object.assign(
      new AllocationType(),
      await reallocationService.allocation(ctx, projectId, asOf, windowMonths ?? null),
    );
  }

  @Query(() => CaseloadSeriesType, {
    description: 'Active participants per FTE per month, [from, to).',
  })
  async caseloadSeries(
    @Arg('projectId', () => UuidScalar) projectId: Uuid,
    @Arg('from', () => LocalDateScalar) from: LocalDate,
    @Arg('to', () => LocalDateScalar) to: LocalDate,
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
    @Arg('projectId', () => UuidScalar) projectId: Uuid,
    @Arg('method', () => ApportionMethodEnum) method: ValueOf<typeof ApportionMethodEnum>,
    @Arg('step', () => Float) step: number,
    @Arg('effectiveFrom', () => LocalDateScalar) effectiveFrom: LocalDate,
    @Arg('bounds', () => [BoundInput], {
      nullable: true,
      description: 'What-if bounds replacing the project’s settings for these municipalities.',
    })
    bounds: BoundInput[] | undefined,
    @Arg('windowMonths', () => Int, {
      nullable: true,
      description: 'Weights are the mean active participants of the last N whole months (6).',
    })
    windowMonths: number | undefined,
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
        windowMonths: windowMonths ?? null,
      }),
    );
  }

  @Query(() => DraftCheckType, { description: 'Every rule a draft breaks, and its budget effect.' })
  async validateReallocationDraft(
    @Arg('projectId', () => UuidScalar) projectId: Uuid,
    @Arg('effectiveFrom', () => LocalDateScalar) effectiveFrom: LocalDate,
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

  @Query(() => ReallocationSettingsType)
  async reallocationSettings(
    @Arg('projectId', () => UuidScalar) projectId: Uuid,
    @Ctx() ctx: RequestContext,
  ): Promise<ReallocationSettingsType> {
    return Object.assign(
      new ReallocationSettingsType(),
      await reallocationSettingsService.get(ctx, projectId),
    );
  }

  @Mutation(() => ReallocationSettingsType, {
    description:
      'Min/max FTE per municipality (steering, manager) and who decides (manager only). Audited.',
  })
  async updateReallocationSettings(
    @Arg('input', () => ReallocationSettingsInput) input: ReallocationSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReallocationSettingsType> {
    return Object.assign(
      new ReallocationSettingsType(),
      await reallocationSettingsService.save(ctx, input),
    );
  }

  @Query(() => [ReallocationProposalType], { description: 'Newest first, at most 50.' })
  async reallocationProposals(
    @Arg('projectId', () => UuidScalar) projectId: Uuid,
    @Arg('status', () => ProposalStatusEnum, { nullable: true })
    status: ValueOf<typeof ProposalStatusEnum> | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ReallocationProposalType[]> {
    const rows = await reallocationSettingsService.proposals(ctx, projectId, status ?? null);
    return rows.map((row) => Object.assign(new ReallocationProposalType(), row));
  }

  @Mutation(() => ReallocationProposalType, {
    description: 'The steering group proposes to the board (BOARD_APPROVAL projects).',
  })
  async proposeReallocation(
    @Arg('input', () => DecideReallocationInput) input: DecideReallocationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReallocationProposalType> {
    const proposal = await reallocationService.propose(ctx, input);
    return this.proposalType(ctx, proposal);
  }

  @Mutation(() => ReallocationProposalType, {
    description:
      'The board approves (the proposal becomes the decision) or rejects a pending proposal.',
  })
  async reviewReallocationProposal(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ReallocationProposalType> {
    const proposal = await reallocationService.review(ctx, { id, approve, note: note ?? null });
    return this.proposalType(ctx, proposal);
  }

  private async proposalType(
    ctx: RequestContext,
    proposal: Parameters<typeof reallocationSettingsService.proposalView>[2],
  ): Promise<ReallocationProposalType> {
    const view = await ctx.inTenant((tx) =>
      reallocationSettingsService.proposalView(tx, ctx, proposal),
    );
    return Object.assign(new ReallocationProposalType(), view);
  }
}
