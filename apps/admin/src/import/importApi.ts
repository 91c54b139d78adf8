// The gateway's import paths (/import/*), fetched with the session's bearer header; the
// file goes as the request body. A refusal is thrown as ImportRefusal with the gateway's
// reason and its message in both languages.
import { authHeaders } from '../api/graphqlFetch';
import { readToken } from '../auth/session';

/** The registers a file can fill; the gateway's default is participants. */
export const importRegisters = ['participants', 'referrals', 'placements'] as const;
export type ImportRegister = (typeof importRegisters)[number];

/** A field a column can be mapped to, as the gateway describes it (the panel holds no list). */
export type ImportFieldInfo = {
  readonly name: string;
  readonly required: boolean;
  readonly label: { readonly sv: string; readonly en: string };
};
/** Which column (by its header text) holds each field; null = not in the file. */
export type ImportMapping = Record<string, string | null>;

export type ImportRowError = {
  readonly row: number;
  readonly field: string | null;
  readonly column: string | null;
  readonly code: string;
  readonly message: { readonly sv: string; readonly en: string };
};

export type ImportPreview = {
  readonly fileName: string;
  readonly register: ImportRegister;
  readonly fields: readonly ImportFieldInfo[];
  readonly headers: readonly string[];
  readonly mapping: ImportMapping;
  readonly total: number;
  readonly valid: number;
  readonly existingParticipants: number;
  /** Rows whose record the association already has (the import skips them). */
  readonly existingRecords: number;
  readonly errorCount: number;
  readonly errors: readonly ImportRowError[];
};

export type ImportRun = {
  readonly id: string;
  readonly register: ImportRegister;
  readonly status: 'running' | 'done' | 'failed';
  readonly fileName: string;
  /** When the run began (ISO instant). */
  readonly startedAt: string;
  readonly totalRows: number;
  readonly validRows: number;
  readonly nextIndex: number;
  readonly participantsCreated: number;
  readonly enrollmentsCreated: number;
  readonly referralsCreated: number;
  readonly placementsCreated: number;
  readonly employersCreated: number;
  readonly rowsSkipped: number;
};

export class ImportRefusal extends Error {
  constructor(
    readonly reason: string,
    readonly messages: { readonly sv: string; readonly en: string },
  ) {
    super(messages.sv);
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: { ...authHeaders(readToken()), ...(init.headers ?? {}) },
  });
  const body = (await response.json().catch(() => null)) as
    | (T & { error?: { code?: string; reason?: string; message?: string; messageEn?: string } })
    | null;
  if (!response.ok || body === null || body.error) {
    const error = body?.error;
    const sv = error?.message ?? `HTTP ${response.status}`;
    throw new ImportRefusal(error?.reason ?? error?.code ?? `HTTP_${response.status}`, {
      sv,
      en: error?.messageEn ?? sv,
    });
  }
  return body;
}

/** What an upload names: the register the file fills, and the mapping (null: the saved or suggested one). */
export type ImportChoice = {
  readonly register: ImportRegister;
  readonly mapping: ImportMapping | null;
};

function uploadPath(path: string, file: File, { register, mapping }: ImportChoice): string {
  const params = new URLSearchParams({ fileName: file.name, register });
  if (mapping) params.set('mapping', JSON.stringify(mapping));
  return `${path}?${params.toString()}`;
}

export function previewImport(file: File, choice: ImportChoice): Promise<ImportPreview> {
  return call(uploadPath('/import/preview', file, choice), { method: 'POST', body: file });
}

export async function startImport(file: File, choice: ImportChoice): Promise<ImportRun> {
  return (
    await call<{ run: ImportRun }>(uploadPath('/import/run', file, choice), {
      method: 'POST',
      body: file,
    })
  ).run;
}

export async function readRun(id: string): Promise<ImportRun> {
  return (await call<{ run: ImportRun }>(`/import/runs/${encodeURIComponent(id)}`)).run;
}

/** The latest runs of one register, newest first (the gateway keeps the last 20). */
export async function listRuns(register: ImportRegister): Promise<readonly ImportRun[]> {
  const params = new URLSearchParams({ register });
  return (await call<{ runs: ImportRun[] }>(`/import/runs?${params.toString()}`)).runs;
}
