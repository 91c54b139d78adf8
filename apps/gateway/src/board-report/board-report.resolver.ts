import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { boardReportTitle } from './board-report-period.js';
import { boardReportService } from './board-report.service.js';
import { BoardReportType, ProduceBoardReportInput } from './board-report.type.js';
import type { BoardReportRecord } from '@finsam-se/persistence';

const typeOf = (record: BoardReportRecord) =>
  BoardReportType.from(record, boardReportTitle(record.year, record.period));

/** The board's Delårsrapport T1/T2 and Årsrapport: produced as PDF, stored, listed. */
@Resolver()
export class BoardReportResolver {
  @Mutation(() => BoardReportType, {
    description:
      'Prints the report for a project and year to an A4 PDF (Swedish) from the panel, stores it for good and returns it. SERVICE_UNAVAILABLE (BOARD_REPORT.NO_BROWSER) when Chromium is missing.',
  })
  async produceBoardReport(
    @Arg('input', () => ProduceBoardReportInput) input: ProduceBoardReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BoardReportType> {
    return typeOf(
      await boardReportService.produce(ctx, {
        projectId: input.projectId,
        year: input.year,
        period: input.period,
        associationId: input.associationId ?? null,
      }),
    );
  }

  @Query(() => [BoardReportType], { description: 'Stored board reports, newest first.' })
  async boardReports(
    @Arg('projectId', () => ID, { nullable: true }) projectId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<BoardReportType[]> {
    return (await boardReportService.list(ctx, projectId)).map(typeOf);
  }
}
