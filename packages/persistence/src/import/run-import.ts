import { createHash } from 'node:crypto';
import {
  type ImportMapping,
  type LocalDate,
  type Sheet,
  type SheetCheck,
  checkSheet,
  importFields,
  mappingProblem,
} from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { Database } from '../db/database.js';
import { loadImportLookups } from './import-lookups.js';
import { type ImportRunRecord, importStore } from './import-store.js';
import { type ImportActor, writeBatch } from './write-batch.js';

export const IMPORT_BATCH_SIZE = 500;

export type ImportInput = {
  readonly associationId: string;
  readonly today: LocalDate;
  readonly sheet: Sheet;
  readonly mapping: ImportMapping;
};

export type DryRun = SheetCheck & {
  /** Valid rows whose person the association already has (their data is kept as it is). */
  readonly existingParticipants: number;
};

export class ImportMappingError extends Error {
  constructor(readonly field: string) {
    super(`The mapping lacks ${field} or names a column the file does not have.`);
  }
}

export function fileSha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every row checked against the association's organisation and the domain's rules; nothing written. */
export async function dryRunImport(
  db: Database,
  pii: PiiCipher,
  input: ImportInput,
): Promise<DryRun> {
  const problem = mappingProblem(input.mapping, input.sheet.headers);
  if (problem !== null) throw new ImportMappingError(problem);
  return db.withTenant(input.associationId, async (tx) => {
    const check = checkSheet(input.sheet, input.mapping, await loadImportLookups(tx, input.today));
    const hashes = [
      ...new Set(check.valid.map((row) => pii.hash(row.personnummer).toString('hex'))),
    ];
    const found = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM participants
       WHERE association_id = $1 AND personnummer_hash = ANY(SELECT decode(h, 'hex') FROM unnest($2::text[]) AS h)`,
      [tx.associationId, hashes],
    );
    return { ...check, existingParticipants: found[0]?.n ?? 0 };
  });
}

/**
 * Imports the valid rows of a file in batches, each batch one transaction that also moves
 * the run's position, so a run that stops (a crash, a lost connection) is resumed by
 * importing the same file again: it goes on from the last committed batch. Rows that fail
 * the dry run's rules are never written; the run counts them. The mapping is saved for the
 * association's next file.
 */
export async function runImport(
  db: Database,
  pii: PiiCipher,
  input: ImportInput & {
    readonly fileName: string;
    readonly fileSha256: string;
    readonly actor: ImportActor;
    readonly batchSize?: number;
    readonly onProgress?: (run: ImportRunRecord) => void;
    /** Called once the run is recorded (new or resumed), before its first batch. */
    readonly onStart?: (run: ImportRunRecord) => void;
  },
): Promise<ImportRunRecord> {
  const problem = mappingProblem(input.mapping, input.sheet.headers);
  if (problem !== null) throw new ImportMappingError(problem);
  const { associationId } = input;
  const check = await db.withTenant(associationId, async (tx) =>
    checkSheet(input.sheet, input.mapping, await loadImportLookups(tx, input.today)),
  );
  const started = await db.withTenant(associationId, async (tx) => {
    await importStore.saveMapping(tx, input.mapping, input.actor.userId);
    const earlier = await importStore.resumable(tx, input.fileSha256);
    const same =
      earlier !== undefined &&
      earlier.validRows === check.valid.length &&
      importFields.every((field) => (earlier.mapping[field] ?? null) === input.mapping[field]);
    if (earlier && same) {
      await importStore.reopen(tx, earlier.id);
      return earlier;
    }
    if (earlier) await importStore.fail(tx, earlier.id);
    return importStore.start(tx, {
      fileName: input.fileName.slice(0, 255) || 'import',
      fileSha256: input.fileSha256,
      mapping: input.mapping,
      totalRows: check.total,
      validRows: check.valid.length,
      startedBy: input.actor.userId,
    });
  });
  const size = input.batchSize ?? IMPORT_BATCH_SIZE;
  input.onStart?.({ ...started, status: 'running', finishedAt: null });
  try {
    for (;;) {
      const run = await db.withTenant(associationId, async (tx) => {
        const locked = await importStore.lock(tx, started.id);
        if (!locked || locked.nextIndex >= locked.validRows) {
          if (locked && locked.status !== 'done')
            await importStore.advance(tx, locked.id, {
              rows: 0,
              participants: 0,
              enrollments: 0,
              skipped: 0,
            });
          return undefined;
        }
        const batch = check.valid.slice(locked.nextIndex, locked.nextIndex + size);
        const result = await writeBatch(tx, pii, batch, input.actor, locked.id);
        await importStore.advance(tx, locked.id, { rows: batch.length, ...result });
        return importStore.find(tx, locked.id);
      });
      if (run === undefined) break;
      input.onProgress?.(run);
    }
  } catch (error) {
    await db
      .withTenant(associationId, (tx) => importStore.fail(tx, started.id))
      .catch(() => undefined);
    throw error;
  }
  const finished = await db.withTenant(associationId, (tx) => importStore.find(tx, started.id));
  return finished as ImportRunRecord;
}
