import type { Harness } from './gateway-harness.js';

/** A run as `/import/runs/<id>` answers it. */
export type ImportRunAnswer = {
  id: string;
  register: string;
  status: string;
  totalRows: number;
  validRows: number;
  participantsCreated: number;
  enrollmentsCreated: number;
  referralsCreated: number;
  placementsCreated: number;
  employersCreated: number;
  rowsSkipped: number;
};

/** The import's HTTP paths as the panel calls them: the file as the body, the bearer header. */
export function importClient(h: Harness) {
  async function send(
    path: string,
    token: string | null,
    body?: Buffer,
    params: Record<string, string> = {},
  ) {
    const query = new URLSearchParams(params).toString();
    const response = await fetch(`${h.gateway.url}${path}${query ? `?${query}` : ''}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        'x-request-id': `import-${Math.random().toString(16).slice(2, 14)}`,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body ? { body } : {}),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** Reads the run until its batches are done (a bounded number of reads, no timing asserted). */
  async function finished(token: string | null, id: string): Promise<ImportRunAnswer> {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const { body } = await send(`/import/runs/${id}`, token);
      const run = body.run as ImportRunAnswer;
      if (run.status !== 'running') return run;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the import did not finish');
  }

  /** Starts the import of the file and waits for its end. */
  async function imported(
    token: string | null,
    file: Buffer,
    params: Record<string, string>,
  ): Promise<ImportRunAnswer> {
    const started = await send('/import/run', token, file, params);
    if (started.status !== 202) throw new Error(JSON.stringify(started.body));
    return finished(token, (started.body.run as ImportRunAnswer).id);
  }

  return { send, finished, imported };
}

/** A CSV file as Excel's Swedish export writes it: semicolons, CRLF, a BOM. */
export function swedishCsv(lines: readonly (readonly string[])[]): Buffer {
  return Buffer.from(`\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`, 'utf8');
}
