import type { Uuid, LocalDate } from '@finsam-se/domain';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { LocalDateScalar, UuidScalar } from '../schema/scalars.js';
import { dashboardService } from './dashboard.service.js';
import { DashboardType } from './dashboard.type.js';

@Resolver()
export class DashboardResolver {
  @Query(() => DashboardType, {
    description:
      'Outcome against goal, capacity per municipality, referrals waiting, attestations due and budget.',
  })
  async dashboard(
    @Arg('projectId', () => UuidScalar) projectId: Uuid,
    @Arg('asOf', () => LocalDateScalar) asOf: LocalDate,
    @Ctx() ctx: RequestContext,
  ): Promise<DashboardType> {
    const result = await dashboardService.dashboard(ctx, projectId, asOf);
    return Object.assign(new DashboardType(), result);
  }
}
