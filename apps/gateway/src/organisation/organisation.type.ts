import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Fte, type Municipality, type Post, type Project } from '@finsam-se/domain';
import { LocalDateScalar, MoneyScalar } from '../schema/scalars.js';

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
