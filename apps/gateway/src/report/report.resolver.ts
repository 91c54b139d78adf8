import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { reportService } from './report.service.js';
import { ReportFilterInput, ReportTableType } from './report.type.js';

const FILTER = () => ReportFilterInput;

/** The aggregated reports; roles, scope and suppression are enforced in reportService. */
@Resolver()
export class ReportResolver {
  @Query(() => ReportTableType, {
    description:
      'Outcome versus goal. groupBy: municipality (default) | total | coach | gender | ageBand | targetGroupFactor | genderComparison.',
  })
  async outcomeReport(
    @Arg('filter', FILTER) filter: ReportFilterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportTableType> {
    return ReportTableType.from(await reportService.outcome(ctx, filter));
  }

  @Query(() => ReportTableType, {
    description: 'Income source before → after. groupBy: primary (default) | combination.',
  })
  async transitionMatrix(
    @Arg('filter', FILTER) filter: ReportFilterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportTableType> {
    return ReportTableType.from(await reportService.transitionMatrix(ctx, filter));
  }

  @Query(() => ReportTableType, { description: 'The five SE phases for the enrollment cohort.' })
  async phaseFunnel(
    @Arg('filter', FILTER) filter: ReportFilterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportTableType> {
    return ReportTableType.from(await reportService.phaseFunnel(ctx, filter));
  }

  @Query(() => ReportTableType, { description: 'Referrals per month and municipality.' })
  async referralStats(
    @Arg('filter', FILTER) filter: ReportFilterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportTableType> {
    return ReportTableType.from(await reportService.referralStats(ctx, filter));
  }

  @Query(() => ReportTableType, {
    description: 'After-support at 3, 6 and 12 months. groupBy: offset (default) | reContact.',
  })
  async afterSupportReport(
    @Arg('filter', FILTER) filter: ReportFilterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportTableType> {
    return ReportTableType.from(await reportService.afterSupport(ctx, filter));
  }

  @Query(() => ReportTableType, {
    description: 'Cost per participant and per participant to work or studies, per year.',
  })
  async costReport(
    @Arg('filter', FILTER) filter: ReportFilterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportTableType> {
    return ReportTableType.from(await reportService.cost(ctx, filter));
  }

  @Query(() => ReportTableType, { description: 'The measurable IPS-25 fidelity items.' })
  async fidelityReport(
    @Arg('filter', FILTER) filter: ReportFilterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportTableType> {
    return ReportTableType.from(await reportService.fidelity(ctx, filter));
  }

  @Query(() => ReportTableType, {
    description:
      "Self-supporting after the project (FiA's goal): persons discharged in the period, at discharge (no public support) and at the 6- and 12-month follow-ups (in work or studies), against the project's self_supporting_after goal.",
  })
  async selfSupportingReport(
    @Arg('filter', FILTER) filter: ReportFilterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportTableType> {
    return ReportTableType.from(await reportService.selfSupporting(ctx, filter));
  }
}
