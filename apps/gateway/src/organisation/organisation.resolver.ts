import type { Uuid, LocalDate } from '@finsam-se/domain';
import { Arg, Ctx, Float, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { LocalDateScalar, UuidScalar } from '../schema/scalars.js';
import { coachService } from '../coach/coach.service.js';
import { CoachType } from '../coach/coach.type.js';

@Resolver()
export class OrganisationResolver {
  // Municipalities, projects, posts and coaches are read through schema/resources.ts,
  // reallocations through their declaration (reallocation.resolver.ts).
  @Mutation(() => CoachType)
  async createCoach(
    @Arg('name') name: string,
    @Arg('municipalityId', () => UuidScalar) municipalityId: Uuid,
    @Arg('fte', () => Float) fte: number,
    @Arg('employedFrom', () => LocalDateScalar) employedFrom: LocalDate,
    @Arg('monthlySalary', () => Float, { nullable: true, description: 'Öre per month.' })
    monthlySalary: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<CoachType> {
    return coachService.create(ctx, { name, municipalityId, fte, employedFrom, monthlySalary });
  }
  @Mutation(() => CoachType)
  async updateCoach(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('name', () => String, { nullable: true }) name: string | undefined,
    @Arg('fte', () => Float, { nullable: true }) fte: number | undefined,
    @Arg('employedUntil', () => LocalDateScalar, { nullable: true })
    employedUntil: LocalDate | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<CoachType> {
    return coachService.update(ctx, id, { name, fte, employedUntil });
  }
}
