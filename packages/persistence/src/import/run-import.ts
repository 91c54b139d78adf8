import { createHash } from 'node:crypto';
import {
  type ImportRegister,
  type LocalDate,
  type ReferralActor,
  type RegisterMapping,
  type Sheet,
  registerMappingProblem,
  registerSpecs,
} from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { Database } from '../db/database.js';
import { type ImportRunRecord, importStore } from './import-store.js';
import { type RegisterCheck, type RegisterPlan, registerPlans } from './register-plans.js';
import type { ImportActor } from './write-batch.js';

export const IMPORT_BATCH_SIZE = 500;

export type ImportInput = {
  readonly associationId: string;
  readonly today: LocalDate;
  readonly sheet: Sheet;
  readonly mapping: RegisterMapping;
  /** The register the file fills; participants when not given. */
  readonly register?: ImportRegister;
  /** Who a referral file's decisions are recorded as; none: rows with a decision fail. */
  readonly decider?: ReferralActor | null;
};

export type DryRun = RegisterCheck<unknown>;

export class ImportMappingError extends Error {
  constructor(readonly field: string) {
    super(`The mapping lacks ${field} or names a column the file does not have.`);
  }
}

export function fileSha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function planOf(input: ImportInput): { register: ImportRegister; plan: RegisterPlan<unknown> } {
  const register = input.register ?? 'participants';
  const problem = registerMappingProblem(register, input.mapping, input.sheet.headers);
  if (problem !== null) throw new ImportMappingError(problem);
  return { register, plan: registerPlans[register] as unknown as RegisterPlan<unknown> };
}

const checkInput = (input: ImportInput) => ({
  sheet: input.sheet,
  mapping: input.mapping,
  today: input.today,
  decider: input.decider ?? null,
});

/** Every row checked against the association's registers and the domain's rules; nothing written. */
export async function dryRunImport(
  db: Database,
  pii: PiiCipher,
  input: ImportInput,
): Promise<DryRun> {
  const { plan } = planOf(input);
  return db.withTenant(input.associationId, (tx) => plan.check(tx, pii, checkInput(input)));
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
  const { register, plan } = planOf(input);
  const { associationId } = input;
  const check = await db.withTenant(associationId, (tx) => plan.check(tx, pii, checkInput(input)));
  const started = await db.withTenant(associationId, async (tx) => {
    await importStore.saveMapping(tx, register, input.mapping, input.actor.userId);
    const earlier = await importStore.resumable(tx, register, input.fileSha256);
    const same =
      earlier !== undefined &&
      earlier.validRows === check.valid.length &&
      registerSpecs[register].fields.every(
        (field) => (earlier.mapping[field] ?? null) === (input.mapping[field] ?? null),
      );
    if (earlier && same) {
      await importStore.reopen(tx, earlier.id);
      return earlier;
    }
    if (earlier) await importStore.fail(tx, earlier.id);
    return importStore.start(tx, {
      register,
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
            await importStore.advance(tx, locked.id, { rows: 0, skipped: 0 });
          return undefined;
        }
        const batch = check.valid.slice(locked.nextIndex, locked.nextIndex + size);
        const result = await plan.write(tx, pii, batch, input.actor, locked.id);
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
