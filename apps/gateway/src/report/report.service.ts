import { todayOf } from '../clock/today.js';
import type { RequestContext } from '../context.js';
import { forbidden } from '../errors/error-codes.js';
import { together } from '../shared/together.js';
import type { ReportFilterInput } from './report.type.js';
import { assessmentChangeFigure, surveyFigure } from '../survey/survey.service.js';
import { parseReportFilter } from './report.filter.js';
import { reportAssociationName, reportAssociationOf } from './report-association.js';

export { reportAssociationName, reportAssociationOf };
import { type ReportNote, reportNotes } from '../shared/report-notes.js';
import { type PublishedReport, publishFor, reportAccess } from './report-publish.js';

import {
  type Loaded,
  type ReportDefinition,
  type ReportRun,
  filterNotes,
  goalShare,
  municipalityLabels,
  scopeOf,
} from './report-run.js';
import {
  afterSupport,
  cost,
  fidelity,
  funnel,
  outcome,
  referrals,
  transitions,
} from './report-tables.js';
import { selfSupporting } from './self-supporting-figure.js';

const reports = {
  outcome: {
    gender: true,
    ageBand: true,
    groupBy: [
      'municipality',
      'total',
      'coach',
      'gender',
      'ageBand',
      'targetGroupFactor',
      'genderComparison',
      'durable',
    ],
    compute: outcome,
  },
  transitionMatrix: {
    gender: true,
    ageBand: true,
    groupBy: ['primary', 'combination', 'beforeDuring', 'duringAfter'],
    compute: transitions,
  },
  phaseFunnel: { gender: true, ageBand: true, groupBy: [], compute: funnel },
  referralStats: {
    gender: false,
    ageBand: false,
    groupBy: [],
    action: 'report.readCosts',
    compute: referrals,
  },
  afterSupport: {
    gender: true,
    ageBand: false,
    groupBy: ['offset', 'reContact'],
    compute: afterSupport,
  },
  cost: { gender: false, ageBand: false, groupBy: [], action: 'report.readCosts', compute: cost },
  fidelity: { gender: false, ageBand: false, groupBy: [], compute: fidelity },
  selfSupporting: { gender: true, ageBand: true, groupBy: [], compute: selfSupporting },
  survey: {
    gender: true,
    ageBand: false,
    groupBy: [],
    compute: (tx, run) =>
      surveyFigure(tx, run, {
        goal: (metric) => goalShare(tx, run, metric),
        labels: () => municipalityLabels(tx),
      }),
  },
  assessmentChange: {
    gender: true,
    ageBand: false,
    groupBy: ['doa_self_rating', 'sassam_mapping'],
    compute: assessmentChangeFigure,
  },
} satisfies Record<string, ReportDefinition>;

export type ReportName = keyof typeof reports;

/**
 * Every report: role check, filter validation, rows read in the reader's scope in one
 * transaction, the pure figure from @finsam-se/reporting, then `publishFor` — the single
 * exit that suppresses for other förbund.
 */
async function runReport(
  ctx: RequestContext,
  name: ReportName,
  filter: ReportFilterInput,
): Promise<PublishedReport> {
  const definition: ReportDefinition = reports[name];
  const access = reportAccess(ctx.actor, definition.action);
  const query = parseReportFilter(filter, definition);
  if (access.audience === 'external' && query.groupBy === 'coach')
    throw forbidden('Andra förbund får inte rapporter per coach.');
  const scope = scopeOf(access, query);
  const run: ReportRun = { access, query, today: todayOf(ctx), scope };
  // Another förbund's published figures only for the policy's `aggregates` scope.
  const associationId = reportAssociationOf(access, filter.associationId);
  const key = JSON.stringify([name, access.audience, scope, query, run.today]);
  return ctx.reportCache.getOrCompute(associationId, key, () =>
    ctx.database.withTenant(associationId, async (tx) => {
      // The association's name, the figure and the filter's notes are read at once (their
      // first statements share a round trip) and checked in this order, as one by one.
      const [whoseRead, loadedRead, filterNotesRead] = await together<
        [string, Loaded, ReportNote[]]
      >([reportAssociationName(tx), definition.compute(tx, run), filterNotes(tx, run)]);
      const whose = whoseRead();
      const loaded = loadedRead();
      const notes = [
        ...(associationId === access.actor.associationId ? [] : [reportNotes.association(whose)]),
        ...filterNotesRead(),
        ...(loaded.notes ?? []),
      ];
      return publishFor(access, loaded.table, notes);
    }),
  );
}

/** The salary cost rules other modules read (the dashboard, coaches, reallocation). */
export { costedPosts, fundingRefusal } from './report-costs.js';

export const reportService = {
  run: runReport,
  outcome: (ctx: RequestContext, filter: ReportFilterInput) => runReport(ctx, 'outcome', filter),
  transitionMatrix: (ctx: RequestContext, filter: ReportFilterInput) =>
    runReport(ctx, 'transitionMatrix', filter),
  phaseFunnel: (ctx: RequestContext, filter: ReportFilterInput) =>
    runReport(ctx, 'phaseFunnel', filter),
  referralStats: (ctx: RequestContext, filter: ReportFilterInput) =>
    runReport(ctx, 'referralStats', filter),
  afterSupport: (ctx: RequestContext, filter: ReportFilterInput) =>
    runReport(ctx, 'afterSupport', filter),
  cost: (ctx: RequestContext, filter: ReportFilterInput) => runReport(ctx, 'cost', filter),
  fidelity: (ctx: RequestContext, filter: ReportFilterInput) => runReport(ctx, 'fidelity', filter),
  selfSupporting: (ctx: RequestContext, filter: ReportFilterInput) =>
    runReport(ctx, 'selfSupporting', filter),
};
