import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ApportionMethodEnum, type ValueOf } from '../schema/enums.js';
import { LocalDateScalar, MoneyScalar } from '../schema/scalars.js';

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
  @Field(() => ID) municipalityId!: string;
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
  @Field(() => [PlanLineType]) lines!: PlanLineType[];
  @Field(() => Float) totalFte!: number;
  @Field(() => BudgetEffectType) budgetEffect!: BudgetEffectType;
}

@InputType('ReallocationLineInput')
export class ReallocationLineInput {
  @Field(() => ID) municipalityId!: string;
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
  @Field(() => ID) projectId!: string;
  @Field(() => LocalDateScalar) effectiveFrom!: string;
  @Field() reason!: string;
  @Field(() => ApportionMethodEnum, { nullable: true }) method?: ValueOf<
    typeof ApportionMethodEnum
  > | null;
  @Field(() => [ReallocationLineInput]) lines!: ReallocationLineInput[];
  @Field(() => Int) expectedVersion!: number;
  @Field() idempotencyKey!: string;
}
