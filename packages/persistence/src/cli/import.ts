import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  LocalDate,
  importErrorMessage,
  importErrorMessages,
  mergeMapping,
} from '@finsam-se/domain';
import { maintenanceAssociations } from '../db/maintenance-associations.js';
import { dryRunImport, fileSha256, runImport } from '../import/run-import.js';
import { importStore } from '../import/import-store.js';
import { readSheet } from '../import/read-sheet.js';
import { stockholmToday } from '../seed/stockholm-today.js';
import { runCli } from './run-cli.js';

// npm run import -- <file.xlsx|file.csv> --association <id or name> [--dry-run]
// Participants (and their enrollments) from a spreadsheet, with the association's saved
// column mapping or the one suggested from the headers. Same rules, batches and resumption
// as the panel's import; the audit rows name no user (role "cli").
await runCli('import', async (persistence, log) => {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const file = args.find(
    (arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--association'),
  );
  const wanted = option('--association');
  if (!file || !wanted)
    throw new Error(
      'Usage: npm run import -- <file.xlsx|file.csv> --association <id or name> [--dry-run]',
    );
  const associations = await maintenanceAssociations(persistence.database);
  const association = associations.find(
    (a) => a.id === wanted || a.name.toLowerCase() === wanted.toLowerCase(),
  );
  if (!association)
    throw new Error(
      `No association "${wanted}". There are: ${associations.map((a) => a.name).join(', ')}`,
    );

  // npm runs scripts from the repository root; a relative path is the caller's.
  const bytes = await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), file));
  const sheet = await readSheet(bytes);
  if (!sheet.ok) throw new Error(importErrorMessages[sheet.error].en);
  const saved = await persistence.database.withTenant(association.id, (tx) =>
    importStore.mapping(tx),
  );
  const mapping = mergeMapping(saved, sheet.value.headers);
  const today = LocalDate.from(stockholmToday(new Date()));
  const input = { associationId: association.id, today, sheet: sheet.value, mapping };
  log(`${association.name}: ${basename(file)}, ${sheet.value.rows.length} rows`);
  for (const [field, column] of Object.entries(mapping)) log(`  ${field} ← ${column ?? '(none)'}`);

  const dry = await dryRunImport(persistence.database, persistence.pii, input);
  for (const error of dry.errors)
    log(
      `  row ${error.row} ${error.field ?? ''}: ${error.code} ${importErrorMessage(error.code).sv}`,
    );
  log(
    `dry run: ${dry.valid.length} of ${dry.total} rows valid, ${dry.errors.length} errors, ${dry.existingParticipants} people already registered`,
  );
  if (args.includes('--dry-run')) return;

  const run = await runImport(persistence.database, persistence.pii, {
    ...input,
    fileName: basename(file),
    fileSha256: fileSha256(bytes),
    actor: { userId: null, role: 'cli', requestId: null },
    onProgress: (progress) => log(`  ${progress.nextIndex}/${progress.validRows} rows`),
  });
  log(
    `import ${run.id} ${run.status}: ${run.participantsCreated} participants and ${run.enrollmentsCreated} enrollments created, ${run.rowsSkipped} rows already there, ${run.totalRows - run.validRows} rows with errors not imported`,
  );
});
