import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Fte, type Municipality, type Post, type Project } from '@finsam-se/domain';
import type { CoachView, ReallocationRecord } from '@finsam-se/persistence';
import { ApportionMethodEnum, type ValueOf } from '../schema/enums.js';
import { LocalDateScalar, MoneyScalar } from '../schema/scalars.js';
import { DecisionModeEnum } from '../reallocation/reallocation.type.js';

@ObjectType('ListMetadata')
export class ListMetadata {
  @Field(() => Int) count!: number;
}

@ObjectType('Municipality', { description: 'A member kommun (SCB code).' })
export class MunicipalityType {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;

  static from(m: Municipality): MunicipalityType {
    return Object.assign(new MunicipalityType(), { id: m.id, code: m.code, name: m.name });
  }
}

@ObjectType('Budget')
export class BudgetType {
  @Field(() => Int) year!: number;
  @Field(() => MoneyScalar) amount!: number;
}

@ObjectType('Goal')
export class GoalType {
  @Field() metric!: string;
  @Field(() => Int, { description: 'Target in basis points (3500 = 35 %) or a count.' })
  target!: number;
  @Field() description!: string;
}

@ObjectType('Project')
export class ProjectType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => LocalDateScalar) startsOn!: string;
  @Field(() => LocalDateScalar, { description: 'Exclusive end.' }) endsOn!: string;
  @Field() targetGroup!: string;
  @Field(() => Int) allocationVersion!: number;
  @Field(() => [GoalType]) goals!: GoalType[];
  @Field(() => [BudgetType]) budgets!: BudgetType[];

  static from(p: Project & { allocationVersion: number }): ProjectType {
    return Object.assign(new ProjectType(), {
      id: p.id,
      name: p.name,
      startsOn: p.period.start,
      endsOn: p.period.end,
      targetGroup: p.targetGroup,
      allocationVersion: p.allocationVersion,
      goals: p.goals.map((g) =>
        Object.assign(new GoalType(), {
          metric: g.metric,
          target: g.target,
          description: g.description,
        }),
      ),
      budgets: p.yearlyBudgets.map((b) =>
        Object.assign(new BudgetType(), { year: b.year, amount: b.amount }),
      ),
    });
  }
}

@ObjectType('Post', {
  description: 'Funded coach capacity in a municipality over a period (never edited in place).',
})
export class PostType {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => Float) fte!: number;
  @Field(() => LocalDateScalar) startsOn!: string;
  @Field(() => LocalDateScalar, { description: 'Exclusive end.' }) endsOn!: string;
  @Field(() => ID, { nullable: true }) reallocationId!: string | null;

  static from(p: Post): PostType {
    return Object.assign(new PostType(), {
      id: p.id,
      projectId: p.projectId,
      municipalityId: p.municipalityId,
      fte: Fte.toDecimal(p.fte),
      startsOn: p.period.start,
      endsOn: p.period.end,
      reallocationId: p.reallocationId,
    });
  }
}

@ObjectType('Coach')
export class CoachType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => Float) fte!: number;
  @Field(() => LocalDateScalar) employedFrom!: string;
  @Field(() => LocalDateScalar, { nullable: true }) employedUntil!: string | null;
  @Field(() => Int) activeParticipants!: number;

  static from(c: CoachView): CoachType {
    return Object.assign(new CoachType(), {
      id: c.id,
      name: c.name,
      municipalityId: c.municipalityId,
      fte: Fte.toDecimal(c.fte),
      employedFrom: c.employedFrom,
      employedUntil: c.employedUntil,
      activeParticipants: c.activeParticipants,
    });
  }
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
export class ReallocationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => LocalDateScalar) effectiveFrom!: string;
  @Field() reason!: string;
  @Field(() => ApportionMethodEnum, { nullable: true }) method!: ValueOf<
    typeof ApportionMethodEnum
  > | null;
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
