import { associationIds, runRetention } from '../retention/retention.repository.js';
import { runCli } from './run-cli.js';

// npm run db:retention [-- --dry-run] [--as-of YYYY-MM-DD]: gallring for every association.
await runCli('db:retention', async (persistence, log) => {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const asOfIndex = args.indexOf('--as-of');
  const asOf = asOfIndex >= 0 ? args[asOfIndex + 1] : new Date().toISOString().slice(0, 10);
  if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error('--as-of takes YYYY-MM-DD.');
  for (const associationId of await associationIds(persistence.database)) {
    const result = await runRetention(persistence.database, persistence.pii, {
      associationId,
      asOf,
      dryRun,
    });
    const verb = dryRun ? 'would anonymise' : 'anonymised';
    const auditVerb = dryRun ? 'would delete' : 'deleted';
    log(
      `${associationId} as of ${asOf}: ${verb} ${dryRun ? result.participants.length : result.participantsAnonymised} participants (identifying data ${result.identifyingYears} years), ${auditVerb} ${result.auditRowsDeleted} audit rows (${result.auditYears} years)`,
    );
    if (dryRun)
      for (const p of result.participants) log(`  ${p.participantId} last ended ${p.lastEndedOn}`);
  }
});
