import {
  type ImportMapping,
  type ImportRow,
  type LocalDate,
  type ReferralActor,
  type RegisterMapping,
  type RegisterRowError,
  type Sheet,
  checkSheet,
} from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { TenantTx } from '../db/database.js';
import { loadImportLookups } from './import-lookups.js';
import type { ImportCounts } from './import-store.js';
import { type ResolvedPlacement, checkPlacements, writePlacements } from './placement-import.js';
import { type ResolvedReferral, checkReferrals, writeReferrals } from './referral-import.js';
import { type ImportActor, writeBatch } from './write-batch.js';

/** What a register's check needs: the file, its mapping, today and who decides referrals. */
export type RegisterCheckInput = {
  readonly sheet: Sheet;
  readonly mapping: RegisterMapping;
  readonly today: LocalDate;
  readonly decider: ReferralActor | null;
};

/** The dry run's verdict on a file of any register. */
export type RegisterCheck<Row> = {
  readonly total: number;
  readonly valid: readonly Row[];
  readonly errors: readonly RegisterRowError[];
  /** Valid rows' people the association already has (participants: kept as they are). */
  readonly existingParticipants: number;
  /** Valid rows whose record the association already has (the import skips them). */
  readonly existingRecords: number;
};

/** How one register's file is checked (nothing written) and one batch of its rows written. */
export type RegisterPlan<Row> = {
  check(tx: TenantTx, pii: PiiCipher, input: RegisterCheckInput): Promise<RegisterCheck<Row>>;
  write(
    tx: TenantTx,
    pii: PiiCipher,
    rows: readonly Row[],
    actor: ImportActor,
    runId: string,
  ): Promise<ImportCounts>;
};

const participants: RegisterPlan<ImportRow> = {
  async check(tx, pii, input) {
    const check = checkSheet(
      input.sheet,
      input.mapping as ImportMapping,
      await loadImportLookups(tx, input.today),
    );
    const hashes = [
      ...new Set(check.valid.map((row) => pii.hash(row.personnummer).toString('hex'))),
    ];
    const found = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM participants
       WHERE association_id = $1 AND personnummer_hash = ANY(SELECT decode(h, 'hex') FROM unnest($2::text[]) AS h)`,
      [tx.associationId, hashes],
    );
    const existing = found[0]?.n ?? 0;
    return { ...check, existingParticipants: existing, existingRecords: existing };
  },
  write: (tx, pii, rows, actor, runId) => writeBatch(tx, pii, rows, actor, runId),
};

/** Each register's plan; `runImport` and `dryRunImport` take the file's. */
export const registerPlans: {
  readonly participants: RegisterPlan<ImportRow>;
  readonly referrals: RegisterPlan<ResolvedReferral>;
  readonly placements: RegisterPlan<ResolvedPlacement>;
} = {
  participants,
  referrals: {
    check: (tx, pii, input) => checkReferrals(tx, pii, input),
    write: (tx, _pii, rows, actor, runId) => writeReferrals(tx, rows, actor, runId),
  },
  placements: {
    check: (tx, pii, input) => checkPlacements(tx, pii, input),
    write: (tx, _pii, rows, actor, runId) => writePlacements(tx, rows, actor, runId),
  },
};
