import {
  type ImportErrorCode,
  type ImportRegister,
  type ImportRowErrorCode,
  type RegisterFieldInfo,
  type RegisterMapping,
  type Sheet,
  describeRegisterFields,
  isImportRegister,
  isRegisterField,
  mergeRegisterMapping,
  registerSpecs,
} from '@finsam-se/domain';
import {
  type ImportRunRecord,
  ImportMappingError,
  dryRunImport,
  fileSha256,
  importStore,
  readSheet,
  runImport,
} from '@finsam-se/persistence';
import { permitted } from '../auth/authorize.js';
import { todayOf } from '../clock/today.js';
import type { RequestContext } from '../context.js';
import { messageOf } from '../errors/catalogue.js';
import { notFound } from '../errors/error-codes.js';
import { refuse } from '../errors/refuse.js';
import { audit } from '../shared/service-support.js';

/** Most row errors one answer lists; the count says how many there are in all. */
export const MAX_LISTED_ERRORS = 1000;

/** One row's failure as the client gets it: where, the stable code, its catalogue message. */
export type ImportPreviewError = {
  readonly row: number;
  readonly field: string | null;
  readonly column: string | null;
  readonly code: ImportRowErrorCode;
  readonly message: { readonly sv: string; readonly en: string };
};

export type ImportPreview = {
  readonly fileName: string;
  readonly register: ImportRegister;
  /** The register's fields a mapping may give, with their labels: the panel holds no list of its own. */
  readonly fields: readonly RegisterFieldInfo[];
  readonly headers: readonly string[];
  readonly mapping: RegisterMapping;
  readonly total: number;
  readonly valid: number;
  readonly existingParticipants: number;
  /** Valid rows whose record the association already has (the import skips them). */
  readonly existingRecords: number;
  readonly errorCount: number;
  readonly errors: readonly ImportPreviewError[];
};

type Upload = {
  readonly register: string | null;
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly mapping: string | null;
};

function refusal(code: ImportErrorCode, field = 'file') {
  return refuse(code, { field });
}

async function sheetOf(bytes: Buffer): Promise<Sheet> {
  const sheet = await readSheet(bytes);
  if (!sheet.ok) throw refusal(sheet.error);
  return sheet.value;
}

/** The register the caller names (participants when none, for the clients before registers). */
export function registerOf(sent: string | null): ImportRegister {
  if (sent === null || sent === '') return 'participants';
  if (!isImportRegister(sent)) throw refusal('IMPORT.UNKNOWN_REGISTER', 'register');
  return sent;
}

/** The mapping the caller sent (a JSON object of field to column), or the saved one merged with the suggestion. */
function mappingOf(
  register: ImportRegister,
  sent: string | null,
  saved: RegisterMapping | undefined,
  headers: readonly string[],
): RegisterMapping {
  if (sent === null) return mergeRegisterMapping(register, saved, headers);
  let parsed: unknown;
  try {
    parsed = JSON.parse(sent);
  } catch {
    throw refusal('IMPORT.MAPPING', 'mapping');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw refusal('IMPORT.MAPPING', 'mapping');
  const entries = Object.entries(parsed);
  if (
    entries.some(
      ([field, column]) =>
        !isRegisterField(register, field) || (column !== null && typeof column !== 'string'),
    )
  )
    throw refusal('IMPORT.MAPPING', 'mapping');
  const given = Object.fromEntries(entries) as Partial<Record<string, string | null>>;
  return Object.fromEntries(
    registerSpecs[register].fields.map((field) => [field, given[field] ?? null]),
  );
}

function mappingRefused(error: unknown): unknown {
  return error instanceof ImportMappingError
    ? refusal('IMPORT.MAPPING', `mapping.${error.field}`)
    : error;
}

/**
 * Import of a register (participants with their enrollments, referrals, placements;
 * manager only, `import.run`): the dry run checks every row and writes nothing; the run
 * imports in the background, batch by batch, and is read back for its progress. A
 * referral file's decisions are recorded as the importing user's.
 */
export const importService = {
  /** The register's fields with their labels, for a client that maps columns before uploading. */
  fields(ctx: RequestContext, register: string | null): readonly RegisterFieldInfo[] {
    permitted(ctx.actor, 'import.run');
    return describeRegisterFields(registerOf(register));
  },

  async preview(ctx: RequestContext, upload: Upload): Promise<ImportPreview> {
    const actor = permitted(ctx.actor, 'import.run');
    const register = registerOf(upload.register);
    const sheet = await sheetOf(upload.bytes);
    const saved = await ctx.inTenant((tx) => importStore.mapping(tx, register));
    const mapping = mappingOf(register, upload.mapping, saved, sheet.headers);
    const dry = await dryRunImport(ctx.database, ctx.pii, {
      associationId: actor.associationId,
      today: todayOf(ctx),
      sheet,
      mapping,
      register,
      decider: { userId: actor.id, role: actor.role },
    }).catch((error: unknown) => {
      throw mappingRefused(error);
    });
    return {
      fileName: upload.fileName,
      register,
      fields: describeRegisterFields(register),
      headers: sheet.headers,
      mapping,
      total: dry.total,
      valid: dry.valid.length,
      existingParticipants: dry.existingParticipants,
      existingRecords: dry.existingRecords,
      errorCount: dry.errors.length,
      errors: dry.errors.slice(0, MAX_LISTED_ERRORS).map(({ row, field, code }) => ({
        row,
        field,
        column: field === null ? null : (mapping[field] ?? null),
        code,
        message: { sv: messageOf(code, 'sv'), en: messageOf(code, 'en') },
      })),
    };
  },

  /** Starts (or resumes) the import and answers once the run is recorded; the batches go on. */
  async start(ctx: RequestContext, upload: Upload): Promise<ImportRunRecord> {
    const actor = permitted(ctx.actor, 'import.run');
    const register = registerOf(upload.register);
    const sheet = await sheetOf(upload.bytes);
    const saved = await ctx.inTenant((tx) => importStore.mapping(tx, register));
    const mapping = mappingOf(register, upload.mapping, saved, sheet.headers);
    return new Promise<ImportRunRecord>((resolve, reject) => {
      let started = false;
      runImport(ctx.database, ctx.pii, {
        associationId: actor.associationId,
        today: todayOf(ctx),
        sheet,
        mapping,
        register,
        decider: { userId: actor.id, role: actor.role },
        fileName: upload.fileName,
        fileSha256: fileSha256(upload.bytes),
        actor: { userId: actor.id, role: actor.role, requestId: ctx.requestId },
        onStart: (run) => {
          started = true;
          resolve(run);
        },
      })
        .then(() => ctx.reportCache.invalidate(actor.associationId))
        .catch((error: unknown) => {
          if (!started) return reject(mappingRefused(error));
          ctx.log.error(
            { err: error, requestId: ctx.requestId },
            'import failed; the run is marked failed',
          );
        });
    }).then(async (run) => {
      await ctx.inTenant((tx) => audit(tx, ctx, actor, 'create', 'import_run', [run.id]));
      return run;
    });
  },

  async run(ctx: RequestContext, id: string): Promise<ImportRunRecord> {
    permitted(ctx.actor, 'import.run');
    if (!/^[0-9a-f-]{36}$/.test(id)) throw notFound();
    const run = await ctx.inTenant((tx) => importStore.find(tx, id));
    if (!run) throw notFound();
    return run;
  },

  /** The latest runs: of the register named, or of every register when none is. */
  async runs(ctx: RequestContext, register: string | null): Promise<ImportRunRecord[]> {
    permitted(ctx.actor, 'import.run');
    const only = register === null ? null : registerOf(register);
    return ctx.inTenant((tx) => importStore.recent(tx, undefined, only));
  },
};
