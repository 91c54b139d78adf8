// Pure helpers of the audit log and SUS export pages.
import type { AuditLogFilter } from '../api/followUpOperations';
import { isIsoDate } from '../lib/format';

export interface AuditFilterDraft {
  entityId: string;
  userId: string;
  from: string;
  to: string;
}

/** The filter sent to the gateway: trimmed, empty fields left out; null if a date is invalid. */
export function auditFilter(draft: AuditFilterDraft): AuditLogFilter | null {
  const filter: AuditLogFilter = {};
  const entityId = draft.entityId.trim();
  const userId = draft.userId.trim();
  const from = draft.from.trim();
  const to = draft.to.trim();
  if ((from && !isIsoDate(from)) || (to && !isIsoDate(to))) return null;
  if (entityId) filter.entityId = entityId;
  if (userId) filter.userId = userId;
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

/** SUS export's file name for [from, to). */
export function susFileName(from: string, to: string): string {
  return `sus-export_${from}_${to}.csv`;
}
