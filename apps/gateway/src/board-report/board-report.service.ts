import {
  type BoardReportPeriod,
  type BoardReportRecord,
  boardReportRepository,
  projects,
} from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { authorize, permitted, permissionsOf } from '../auth/authorize.js';
import { stockholmDateOf } from '../clock/today.js';
import type { RequestContext } from '../context.js';
import { AppError } from '../errors/error-codes.js';
import { input } from '../shared/input.js';
import { reportAssociationName, reportAssociationOf } from '../report/report.service.js';
import { boardReportPeriodEnded, boardReportTitle } from './board-report-period.js';
import { printPdf } from './print-pdf.js';
import { boardReportPrinting } from './printing.js';

export type ProduceBoardReport = {
  readonly projectId: string;
  readonly year: number;
  readonly period: BoardReportPeriod;
  readonly associationId?: string | null;
};

const unavailable = (reason: string, sv: string, en: string) =>
  new AppError('SERVICE_UNAVAILABLE', sv, { reason, messageEn: en });

/** What the panel keeps after log-in, for the print page to load as the producing user. */
async function sessionStorageFor(
  ctx: RequestContext,
  actor: Actor,
): Promise<Record<string, string>> {
  const { token, expiresAt } = await ctx.tokens.issue(
    { userId: actor.id, associationId: actor.associationId, generation: actor.sessionGeneration },
    ctx.now(),
  );
  const user = {
    id: actor.id,
    email: actor.email,
    name: actor.name,
    role: actor.role.toUpperCase(),
    municipalityId: actor.municipalityId,
    coachId: actor.coachId,
    associationName: actor.associationName,
  };
  return {
    'finsam.session': JSON.stringify({ token, expiresAt: expiresAt.toISOString(), user }),
    // As `me { permissions }` answers: the scope by its GraphQL enum name.
    'finsam.permissions': JSON.stringify(
      permissionsOf(actor).map((p) => ({ action: p.action, scope: p.scope.toUpperCase() })),
    ),
  };
}

function printUrl(
  baseUrl: string,
  request: ProduceBoardReport,
  details: { project: string; by: string; at: string; associationId?: string },
): string {
  const query = new URLSearchParams({ project: details.project, by: details.by, at: details.at });
  if (details.associationId) query.set('association', details.associationId);
  const path = `/board-report/${request.projectId}/${request.year}/${request.period}/print`;
  return `${baseUrl}/#${path}?${query.toString()}`;
}

/**
 * The board's reports: produced by printing the panel's own print page with Chromium under
 * the producer's session (their scope, so another förbund prints suppressed figures only),
 * stored as the PDF with who and when, never changed; listed and downloaded as stored.
 */
export const boardReportService = {
  async produce(ctx: RequestContext, request: ProduceBoardReport): Promise<BoardReportRecord> {
    const actor = permitted(ctx.actor, 'boardReport.produce');
    const scope = authorize(actor, 'boardReport.produce');
    const projectId = input.uuid('input.projectId', request.projectId);
    if (!Number.isInteger(request.year) || request.year < 2000 || request.year > 2100)
      throw new AppError('BAD_USER_INPUT', 'Året ska vara mellan 2000 och 2100.', {
        field: 'input.year',
        reason: 'BOARD_REPORT.YEAR',
        messageEn: 'The year must be between 2000 and 2100.',
      });
    const today = stockholmDateOf(ctx.now());
    if (!boardReportPeriodEnded(request.year, request.period, today))
      throw new AppError(
        'BAD_USER_INPUT',
        'Perioden har inte tagit slut än: en rapport till styrelsen tas fram när perioden är slut.',
        {
          field: 'input.period',
          reason: 'BOARD_REPORT.PERIOD_OPEN',
          messageEn: 'The period has not ended yet: a board report is produced once it has.',
        },
      );
    const source = reportAssociationOf(
      { actor, audience: scope === 'aggregates' ? 'external' : 'internal' },
      request.associationId,
    );
    const projectName = await ctx.database.withTenant(source, async (tx) => {
      await reportAssociationName(tx);
      return (await projects.findById(tx, projectId))?.name;
    });
    if (projectName === undefined)
      throw new AppError('NOT_FOUND', 'Projektet finns inte.', {
        field: 'input.projectId',
        reason: 'BOARD_REPORT.PROJECT_NOT_FOUND',
        messageEn: 'The project does not exist.',
      });
    const printing = boardReportPrinting();
    if (!printing?.panelServed)
      throw unavailable(
        'BOARD_REPORT.NO_PANEL',
        'Rapporten kan inte skrivas ut: gatewayen serverar inte panelen (ADMIN_DIST).',
        'The report cannot be printed: the gateway does not serve the panel (ADMIN_DIST).',
      );
    const printed = await printPdf({
      executablePath: printing.executablePath,
      timeoutMs: printing.timeoutMs,
      storage: await sessionStorageFor(ctx, actor),
      url: printUrl(
        printing.baseUrl,
        { ...request, projectId },
        {
          project: projectName,
          by: actor.name,
          at: today,
          ...(source === actor.associationId ? {} : { associationId: source }),
        },
      ),
    });
    if (!printed.ok) {
      ctx.log.warn({ reason: printed.reason, detail: printed.detail }, 'board report not printed');
      throw printed.reason === 'NO_BROWSER'
        ? unavailable(
            'BOARD_REPORT.NO_BROWSER',
            'Rapporten kan inte skrivas ut: Chromium saknas på servern (CHROMIUM_PATH).',
            'The report cannot be printed: Chromium is missing on the server (CHROMIUM_PATH).',
          )
        : unavailable(
            'BOARD_REPORT.PRINT_FAILED',
            'Rapporten kunde inte skrivas ut. Försök igen om en stund.',
            'The report could not be printed. Try again in a while.',
          );
    }
    return ctx.inTenant((tx) =>
      boardReportRepository.store(tx, {
        sourceAssociationId: source,
        projectId,
        projectName,
        year: request.year,
        period: request.period,
        producedBy: actor.id,
        producedByName: actor.name,
        role: actor.role,
        requestId: ctx.requestId,
        pdf: printed.pdf,
      }),
    );
  },

  async list(ctx: RequestContext, projectId?: string | null): Promise<BoardReportRecord[]> {
    permitted(ctx.actor, 'boardReport.read');
    const project = projectId ? input.uuid('projectId', projectId) : undefined;
    return ctx.inTenant((tx) =>
      boardReportRepository.list(tx, { ...(project ? { projectId: project } : {}), limit: 500 }),
    );
  },

  /** The stored bytes, exactly as produced. */
  async pdf(ctx: RequestContext, id: string): Promise<{ record: BoardReportRecord; pdf: Buffer }> {
    permitted(ctx.actor, 'boardReport.read');
    const reportId = input.uuid('id', id);
    const found = await ctx.inTenant((tx) => boardReportRepository.pdf(tx, reportId));
    if (!found)
      throw new AppError('NOT_FOUND', 'Rapporten finns inte.', {
        reason: 'BOARD_REPORT.NOT_FOUND',
        messageEn: 'The report does not exist.',
      });
    return found;
  },
};

export { boardReportTitle };
