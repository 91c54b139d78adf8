import type { TenantTx } from '@finsam-se/persistence';
import { AppError } from '../errors/error-codes.js';
import { input } from '../shared/input.js';
import type { ReportAccess } from './report-publish.js';

/**
 * Whose published figures a report is of (issue 17): the reader's own association unless
 * `filter.associationId` names another. Only the `aggregates` scope of the policy (another
 * förbund, `external`) reaches across associations, and then only through `publishFor`'s
 * disclosure control; every other role stays strictly in its own association.
 */
export function reportAssociationOf(
  access: ReportAccess,
  requested: string | null | undefined,
): string {
  const own = access.actor.associationId;
  if (requested === null || requested === undefined || requested === own) return own;
  const id = input.uuid('filter.associationId', requested);
  if (access.audience !== 'external')
    throw new AppError('FORBIDDEN', 'Du kan bara ta ut rapporter för ditt eget förbund.', {
      reason: 'REPORT.OTHER_ASSOCIATION',
      messageEn: 'You can only take out reports for your own association.',
    });
  return id;
}

/** The association's name, read in its own tenant; a förbund that does not exist is NOT_FOUND. */
export async function reportAssociationName(tx: TenantTx): Promise<string> {
  const [row] = await tx.query<{ name: string }>('SELECT name FROM associations WHERE id = $1', [
    tx.associationId,
  ]);
  if (!row)
    throw new AppError('NOT_FOUND', 'Förbundet finns inte.', {
      field: 'filter.associationId',
      reason: 'REPORT.ASSOCIATION_NOT_FOUND',
      messageEn: 'The association does not exist.',
    });
  return row.name;
}
