// The SUS export's one rule, page by page: who may export, the period, whose consent holds on
// the export day, and the export audit of every registration handed out. The GraphQL CSV
// collects the pages; the workbook streams them, so a large export never sits in memory.
import type { SusRegistrationRow } from '@finsam-se/reporting';
import { auditRepository, susRegistrationRows } from '@finsam-se/persistence';
import { permitted } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { input } from '../shared/input.js';
import { todayOf } from '../shared/service-support.js';

/** Registrations read, audited and handed on at a time. */
export const SUS_PAGE_SIZE = 500;

/**
 * The registrations of [from, to) in pages of `pageSize`, ordered by registration day then
 * id. Refusals (role, dates) are thrown before the first page is read, when the generator
 * is first asked; each page is read and audited in its own transaction.
 */
export async function* susExportPages(
  ctx: RequestContext,
  from: string,
  to: string,
  pageSize = SUS_PAGE_SIZE,
): AsyncGenerator<readonly SusRegistrationRow[]> {
  permitted(ctx.actor, 'participant.export');
  const start = input.date('from', from);
  const end = input.date('to', to);
  if (start >= end) throw refuse('DATE.END_BEFORE_START', { field: 'to' });
  const consentDay = todayOf(ctx);
  let after: { registeredOn: string; registrationId: string } | undefined;
  for (;;) {
    const page = await ctx.inTenant(async (tx, actor) => {
      const rows = await susRegistrationRows(tx, {
        from: start,
        to: end,
        consentDay,
        limit: pageSize,
        ...(after ? { after } : {}),
      });
      await auditRepository.append(tx, {
        userId: actor.id,
        role: actor.role,
        action: 'export',
        entity: 'enrollment',
        entityIds: rows.map((r) => r.registrationId),
        requestId: ctx.requestId,
        detail: { kind: 'sus_export', from: start, to: end },
      });
      return rows;
    });
    if (page.length > 0) yield page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = { registeredOn: last.registeredOn, registrationId: last.registrationId };
  }
}
