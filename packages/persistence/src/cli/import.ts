import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  type ReferralActor,
  type Role,
  LocalDate,
  importErrorMessage,
  importErrorMessages,
  importRegisters,
  isImportRegister,
  mergeRegisterMapping,
} from '@finsam-se/domain';
import { maintenanceAssociations } from '../db/maintenance-associations.js';
import { dryRunImport, fileSha256, runImport } from '../import/run-import.js';
import { importStore } from '../import/import-store.js';
import { readSheet } from '../import/read-sheet.js';
import { stockholmToday } from '../seed/stockholm-today.js';
import { runCli } from './run-cli.js';

const USAGE =
  'Usage: npm run import -- <file.xlsx|file.csv> --association <id or name> [--kind participants|referrals|placements] [--decided-by <e-mail>] [--dry-run]';

// npm run import -- <file> --association <id or name> [--kind …] [--decided-by <e-mail>] [--dry-run]
// A register (participants with their enrollments, the default; referrals; placements) from a
// spreadsheet, with the association's saved column mapping for that register or the one
// suggested from the headers. Same rules, batches and resumption as the panel's import; the
// audit rows name no user (role "cli"). A referral file's decisions are recorded as the user
// --decided-by names (a user of the association whose role may decide: the referral state
// machine's rule); without it a row with a decision is a row error and is not imported.
await runCli('import', async (persistence, log) => {
  const args = process.argv.slice(2);
  const valued = ['--association', '--kind', '--decided-by'];
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const file = args.find((arg, i) => !arg.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
  const wanted = option('--association');
  const register = option('--kind') ?? 'participants';
  if (!file || !wanted) throw new Error(USAGE);
  if (!isImportRegister(register))
    throw new Error(`No register "${register}". There are: ${importRegisters.join(', ')}`);
  const associations = await maintenanceAssociations(persistence.database);
  const association = associations.find(
    (a) => a.id === wanted || a.name.toLowerCase() === wanted.toLowerCase(),
  );
  if (!association)
    throw new Error(
      `No association "${wanted}". There are: ${associations.map((a) => a.name).join(', ')}`,
    );
  const deciderEmail = option('--decided-by');
  let decider: ReferralActor | null = null;
  if (deciderEmail !== undefined) {
    const [user] = await persistence.database.withTenant(association.id, (tx) =>
      tx.query<{ id: string; role: Role }>(
        `SELECT id, role FROM users WHERE association_id = $1 AND lower(email) = lower($2) AND active`,
        [tx.associationId, deciderEmail],
      ),
    );
    if (!user) throw new Error(`No active user "${deciderEmail}" in ${association.name}.`);
    decider = { userId: user.id, role: user.role };
  }

  // npm runs scripts from the repository root; a relative path is the caller's.
  const bytes = await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), file));
  const sheet = await readSheet(bytes);
  if (!sheet.ok) throw new Error(importErrorMessages[sheet.error].en);
  const saved = await persistence.database.withTenant(association.id, (tx) =>
    importStore.mapping(tx, register),
  );
  const mapping = mergeRegisterMapping(register, saved, sheet.value.headers);
  const today = LocalDate.from(stockholmToday(new Date()));
  const input = {
    associationId: association.id,
    today,
    sheet: sheet.value,
    mapping,
    register,
    decider,
  };
  log(`${association.name}: ${basename(file)}, ${sheet.value.rows.length} rows of ${register}`);
  for (const [field, column] of Object.entries(mapping)) log(`  ${field} ← ${column ?? '(none)'}`);

  const dry = await dryRunImport(persistence.database, persistence.pii, input);
  for (const error of dry.errors)
    log(
      `  row ${error.row} ${error.field ?? ''}: ${error.code} ${importErrorMessage(error.code).sv}`,
    );
  log(
    `dry run: ${dry.valid.length} of ${dry.total} rows valid, ${dry.errors.length} errors, ${register === 'participants' ? `${dry.existingParticipants} people already registered` : `${dry.existingRecords} already imported`}`,
  );
  if (args.includes('--dry-run')) return;

  const run = await runImport(persistence.database, persistence.pii, {
    ...input,
    fileName: basename(file),
    fileSha256: fileSha256(bytes),
    actor: { userId: null, role: 'cli', requestId: null },
    onProgress: (progress) => log(`  ${progress.nextIndex}/${progress.validRows} rows`),
  });
  const created =
    register === 'participants'
      ? `${run.participantsCreated} participants and ${run.enrollmentsCreated} enrollments`
      : register === 'referrals'
        ? `${run.referralsCreated} referrals`
        : `${run.placementsCreated} placements and ${run.employersCreated} employers`;
  log(
    `import ${run.id} ${run.status}: ${created} created, ${run.rowsSkipped} rows already there, ${run.totalRows - run.validRows} rows with errors not imported`,
  );
});
