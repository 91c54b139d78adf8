import { Fte, type Uuid, type LocalDate } from '@finsam-se/domain';
import type { ReallocationRecord } from '@finsam-se/persistence';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApportionMethodEnum, type ValueOf } from '../schema/enums.js';
import { LocalDateScalar, MoneyScalar, UuidScalar } from '../schema/scalars.js';

export const DecisionModeEnum = {
  DELEGATED: 'DELEGATED',
  BOARD_APPROVAL: 'BOARD_APPROVAL',
} as const;
export const CapacityStatusEnum = {
  NO_POST: 'NO_POST',
  UNUSED: 'UNUSED',
  ON_TARGET: 'ON_TARGET',
  OVER: 'OVER',
} as const;
export const ProposalStatusEnum = {
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
} as const;
registerEnumType(DecisionModeEnum, {
  name: 'DecisionMode',
  description:
    'DELEGATED: the steering group decides under the board’s delegation; BOARD_APPROVAL: it proposes and the board approves.',
});
registerEnumType(CapacityStatusEnum, {
  name: 'CapacityStatus',
  description:
    'Caseload over the window per FTE: UNUSED below 20 (minst 20 per heltid), ON_TARGET 20–25, OVER above 25.',
});
registerEnumType(ProposalStatusEnum, { name: 'ProposalStatus' });

@ObjectType('CaseloadWindow', {
  description: 'The whole months a caseload is followed over (first and last day included).',
})
export class CaseloadWindowType {
  @Field(() => Int) months!: number;
  @Field(() => LocalDateScalar) from!: string;
  @Field(() => LocalDateScalar) to!: string;
}

@ObjectType('AllocationRow')
export class AllocationRowType {
  @Field(() => ID) municipalityId!: string;
  @Field() municipalityName!: string;
  @Field(() => Float) fte!: number;
  @Field(() => Int) activeParticipants!: number;
  @Field(() => Float, { nullable: true }) caseloadPerFte!: number | null;
  @Field(() => Int, { nullable: true, description: 'IPS-25 item 1 score, 5 best.' }) band!:
    number | null;
  @Field(() => Int) referralsWaiting!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean active participants over the window (allocation only).',
  })
  meanActive?: number | null;
  @Field(() => CapacityStatusEnum, {
    nullable: true,
    description: 'Judged on the mean over the window per FTE (allocation only).',
  })
  capacity?: ValueOf<typeof CapacityStatusEnum> | null;
}

@ObjectType('Allocation', {
  description: 'The FTE per municipality in force on a date, with caseloads and the budget.',
})
export class AllocationType {
  @Field(() => ID) projectId!: string;
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => Int, { description: 'Pass as expectedVersion to decideReallocation.' })
  version!: number;
  @Field(() => Float) totalFte!: number;
  @Field(() => [AllocationRowType]) rows!: AllocationRowType[];
  @Field(() => CaseloadWindowType) window!: CaseloadWindowType;
  @Field(() => Int) budgetYear!: number;
  @Field(() => MoneyScalar) budget!: number;
  @Field(() => MoneyScalar) committed!: number;
  @Field(() => MoneyScalar) forecast!: number;
  @Field(() => MoneyScalar) margin!: number;
}

@ObjectType('CaseloadPoint')
export class CaseloadPointType {
  @Field() month!: string;
  @Field(() => Int) activeParticipants!: number;
  @Field(() => Float) fte!: number;
  @Field(() => Float, { nullable: true }) perFte!: number | null;
  @Field(() => Int, { nullable: true }) band!: number | null;
}

@ObjectType('CaseloadLine')
export class CaseloadLineType {
  @Field(() => ID) key!: string;
  @Field() label!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => [CaseloadPointType]) points!: CaseloadPointType[];
}

@ObjectType('CaseloadSeries')
export class CaseloadSeriesType {
  @Field(() => [String]) months!: string[];
  @Field(() => Float) target!: number;
  @Field(() => [CaseloadLineType]) municipalities!: CaseloadLineType[];
  @Field(() => [CaseloadLineType]) coaches!: CaseloadLineType[];
}

@InputType('BoundInput')
export class BoundInput {
  @Field(() => UuidScalar) municipalityId!: Uuid;
  @Field(() => Float, { nullable: true }) min?: number | null;
  @Field(() => Float, { nullable: true }) max?: number | null;
}

@ObjectType('PlanLine')
export class PlanLineType {
  @Field(() => ID) municipalityId!: string;
  @Field() municipalityName!: string;
  @Field(() => Float) currentFte!: number;
  @Field(() => Float) suggestedFte!: number;
  @Field(() => Float) change!: number;
  @Field(() => Int) activeParticipants!: number;
  @Field(() => Float) quota!: number;
  @Field(() => Float, { nullable: true }) caseloadBefore!: number | null;
  @Field(() => Float, { nullable: true }) caseloadAfter!: number | null;
  @Field(() => Int, { nullable: true }) bandBefore!: number | null;
  @Field(() => Int, { nullable: true }) bandAfter!: number | null;
  @Field(() => Float, { description: 'Mean active participants over the window: the weight.' })
  meanActive!: number;
  @Field(() => CapacityStatusEnum) capacityBefore!: ValueOf<typeof CapacityStatusEnum>;
  @Field(() => CapacityStatusEnum) capacityAfter!: ValueOf<typeof CapacityStatusEnum>;
  @Field(() => Float, { description: 'The minimum the plan honoured (default one step).' })
  minFte!: number;
  @Field(() => Float, { nullable: true }) maxFte!: number | null;
  @Field(() => MoneyScalar) costBefore!: number;
  @Field(() => MoneyScalar) costAfter!: number;
}

@ObjectType('BudgetEffect', {
  description: 'The year’s salary budget before and after the change.',
})
export class BudgetEffectType {
  @Field(() => MoneyScalar) budget!: number;
  @Field(() => MoneyScalar) committed!: number;
  @Field(() => MoneyScalar) forecastBefore!: number;
  @Field(() => MoneyScalar) forecastAfter!: number;
  @Field(() => MoneyScalar) marginBefore!: number;
  @Field(() => MoneyScalar) marginAfter!: number;
}

@ObjectType('ReallocationPlan', { description: 'A suggestion; nothing is written.' })
export class ReallocationPlanType {
  @Field(() => ID) projectId!: string;
  @Field(() => ApportionMethodEnum) method!: ValueOf<typeof ApportionMethodEnum>;
  @Field(() => Float) step!: number;
  @Field(() => LocalDateScalar) effectiveFrom!: string;
  @Field(() => Int) allocationVersion!: number;
  @Field(() => CaseloadWindowType) window!: CaseloadWindowType;
  @Field(() => [PlanLineType]) lines!: PlanLineType[];
  @Field(() => Float) totalFte!: number;
  @Field(() => BudgetEffectType) budgetEffect!: BudgetEffectType;
}

@InputType('ReallocationLineInput')
export class ReallocationLineInput {
  @Field(() => UuidScalar) municipalityId!: Uuid;
  @Field(() => Float) fte!: number;
}

@ObjectType('Violation')
export class ViolationType {
  @Field() code!: string;
  @Field() message!: string;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;
}

@ObjectType('DraftCheck')
export class DraftCheckType {
  @Field(() => [ViolationType]) violations!: ViolationType[];
  @Field(() => BudgetEffectType) budgetEffect!: BudgetEffectType;
}

@InputType('DecideReallocationInput')
export class DecideReallocationInput {
  @Field(() => UuidScalar) projectId!: Uuid;
  @Field(() => LocalDateScalar) effectiveFrom!: LocalDate;
  @Field() reason!: string;
  @Field(() => ApportionMethodEnum, { nullable: true }) method?: ValueOf<
    typeof ApportionMethodEnum
  > | null;
  @Field(() => [ReallocationLineInput]) lines!: ReallocationLineInput[];
  @Field(() => Int) expectedVersion!: number;
  @Field() idempotencyKey!: string;
}

@ObjectType('FteBound')
export class FteBoundType {
  @Field(() => ID) municipalityId!: string;
  @Field() municipalityName!: string;
  @Field(() => Float, { nullable: true, description: 'Null: the default, one step.' })
  min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
}

@ObjectType('ReallocationSettings', {
  description: 'Who decides, and min/max FTE per municipality.',
})
export class ReallocationSettingsType {
  @Field(() => ID) projectId!: string;
  @Field(() => DecisionModeEnum) decisionMode!: ValueOf<typeof DecisionModeEnum>;
  @Field(() => String, { nullable: true }) delegationReference!: string | null;
  @Field(() => Float, { description: 'The minimum of a municipality without its own.' })
  defaultMinFte!: number;
  @Field(() => [FteBoundType]) bounds!: FteBoundType[];
  @Field(() => String, { nullable: true }) updatedAt!: string | null;
  @Field(() => String, { nullable: true }) updatedByName!: string | null;
}

@InputType('ReallocationSettingsInput')
export class ReallocationSettingsInput {
  @Field(() => UuidScalar) projectId!: Uuid;
  @Field(() => DecisionModeEnum) decisionMode!: ValueOf<typeof DecisionModeEnum>;
  @Field(() => String, { nullable: true }) delegationReference?: string | null;
  @Field(() => [BoundInput]) bounds!: BoundInput[];
}

/**
 * What a decided reallocation and a proposal for one have in common: the project, the day
 * it takes effect, why, and how the FTE was apportioned. The GraphQL types stay two.
 */
@ObjectType()
abstract class ReallocationHeader {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => LocalDateScalar) effectiveFrom!: string;
  @Field() reason!: string;
  @Field(() => ApportionMethodEnum, { nullable: true }) method!: ValueOf<
    typeof ApportionMethodEnum
  > | null;
}

@ObjectType('ProposalLine')
export class ProposalLineType {
  @Field(() => ID) municipalityId!: string;
  @Field() municipalityName!: string;
  @Field(() => Float, { description: 'In force on the proposal’s date now.' }) fteBefore!: number;
  @Field(() => Float) fteAfter!: number;
}

@ObjectType('ReallocationProposal', {
  description: 'The steering group’s proposal that the board approves or rejects.',
})
export class ReallocationProposalType extends ReallocationHeader {
  @Field(() => Int) basedOnVersion!: number;
  @Field() proposedByName!: string;
  @Field() proposedAt!: string;
  @Field(() => ProposalStatusEnum) status!: ValueOf<typeof ProposalStatusEnum>;
  @Field(() => String, { nullable: true }) reviewedByName!: string | null;
  @Field(() => String, { nullable: true }) reviewedAt!: string | null;
  @Field(() => String, { nullable: true }) reviewNote!: string | null;
  @Field(() => ID, { nullable: true }) reallocationId!: string | null;
  @Field(() => [ProposalLineType]) lines!: ProposalLineType[];
}

@ObjectType('ReallocationLine')
export class ReallocationLineType {
  @Field(() => ID) municipalityId!: string;
  @Field() municipalityName!: string;
  @Field(() => Float) fteBefore!: number;
  @Field(() => Float) fteAfter!: number;
}

@ObjectType('Reallocation', {
  description: 'A beredningsgrupp decision that moved FTE between municipalities.',
})
export class ReallocationType extends ReallocationHeader {
  @Field() decidedByName!: string;
  @Field() decidedAt!: string;
  @Field(() => Int) basedOnVersion!: number;
  @Field(() => DecisionModeEnum, {
    nullable: true,
    description: 'Null for decisions made before the setting existed.',
  })
  decisionMode!: ValueOf<typeof DecisionModeEnum> | null;
  @Field(() => String, { nullable: true, description: 'The board’s delegation decided under.' })
  delegationReference!: string | null;
  @Field(() => String, { nullable: true, description: 'Who proposed, when the board decided.' })
  proposedByName!: string | null;
  @Field(() => [ReallocationLineType]) lines!: ReallocationLineType[];

  static from(
    r: ReallocationRecord,
    names: { user: string; proposer?: string | null; municipality: (id: string) => string },
  ): ReallocationType {
    return Object.assign(new ReallocationType(), {
      id: r.id,
      projectId: r.projectId,
      effectiveFrom: r.effectiveFrom,
      reason: r.reason,
      method: r.method as ValueOf<typeof ApportionMethodEnum> | null,
      decidedByName: names.user,
      decidedAt: r.decidedAt,
      basedOnVersion: r.basedOnVersion,
      decisionMode: r.decisionMode,
      delegationReference: r.delegationReference,
      proposedByName: names.proposer ?? null,
      lines: r.lines.map((l) =>
        Object.assign(new ReallocationLineType(), {
          municipalityId: l.municipalityId,
          municipalityName: names.municipality(l.municipalityId),
          fteBefore: Fte.toDecimal(l.fteBefore),
          fteAfter: Fte.toDecimal(l.fteAfter),
        }),
      ),
    });
  }
}
