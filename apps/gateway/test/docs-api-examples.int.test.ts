// docs/api.md's examples are real (issue 19 item 4): every code block marked `example=…`
// runs against the demo as its external user — the curl ones in a shell, the JavaScript
// ones with the page's `finsamReport` — and must give the report's table without errors.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

const page = readFileSync(fileURLToPath(new URL('../../../docs/api.md', import.meta.url)), 'utf8');

type Example = { readonly language: string; readonly name: string; readonly code: string };

/** The page's code blocks whose info string says `example=<name>`. */
function examplesOf(markdown: string): Example[] {
  const blocks = markdown.matchAll(/^```(\w+) example=(\w+)\n([\s\S]*?)^```$/gm);
  return [...blocks].map(([, language = '', name = '', code = '']) => ({ language, name, code }));
}

const examples = examplesOf(page);
const client = examples.find((e) => e.name === 'client')?.code ?? '';
const reports = [
  'outcomeReport',
  'transitionMatrix',
  'phaseFunnel',
  'referralStats',
  'afterSupportReport',
  'costReport',
  'fidelityReport',
  'selfSupportingReport',
  'surveyReport',
  'assessmentChangeReport',
];
type Table = { title: string; rows: { key: string; cells: { suppressed: boolean }[] }[] };

let h: Harness;
let external: Client;
let manager: Client;
beforeAll(async () => {
  h = await startHarness();
  external = await h.as('external');
  manager = await h.as('manager');
});
afterAll(async () => h.close());

/** Runs a JavaScript example after the page's client; the example leaves its answer in `table`. */
async function runJs(
  code: string,
  as: Client = external,
): Promise<{ table: Table; printed: string[] }> {
  const printed: string[] = [];
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<Table>;
  const run = new AsyncFunction('process', 'console', `${client}\n${code}\nreturn table;`);
  const table = await run(
    { env: { FINSAM: h.gateway.url, TOKEN: as.token } },
    { log: (line: string) => printed.push(line) },
  );
  return { table, printed };
}

describe('docs/api.md examples', () => {
  it('has a curl and a JavaScript example for every report', () => {
    for (const report of reports) {
      const languages = examples.filter((e) => e.name === report).map((e) => e.language);
      expect(languages.sort(), report).toEqual(['js', 'sh']);
    }
  });

  /** Runs a curl example in a shell as `as`; the answer's JSON. */
  async function runCurl(code: string, as: Client) {
    const { stdout } = await promisify(execFile)('sh', ['-c', code], {
      env: { PATH: process.env.PATH, FINSAM: h.gateway.url, TOKEN: as.token ?? '' },
    });
    return JSON.parse(stdout) as { data?: Record<string, Table>; errors?: unknown[] };
  }

  it.each(reports)('the curl example of %s answers its table', async (report) => {
    const example = examples.find((e) => e.name === report && e.language === 'sh');
    if (!example) throw new Error(`no curl example for ${report}`);
    const theirs = await runCurl(example.code, external);
    expect(theirs.errors, JSON.stringify(theirs.errors)).toBeUndefined();
    expect(theirs.data?.[report]?.title.length).toBeGreaterThan(0);
    const ours = await runCurl(example.code, manager);
    expect(ours.errors, JSON.stringify(ours.errors)).toBeUndefined();
    expect(ours.data?.[report]?.rows.length).toBeGreaterThan(0);
  });

  it.each(reports)('the JavaScript example of %s answers its table', async (report) => {
    const example = examples.find((e) => e.name === report && e.language === 'js');
    if (!example) throw new Error(`no JavaScript example for ${report}`);
    expect((await runJs(example.code, external)).table.title.length).toBeGreaterThan(0);
    expect((await runJs(example.code, manager)).table.rows.length).toBeGreaterThan(0);
  });

  it('compares the outcome share with your own, or says it is hidden', async () => {
    const example = examples.find((e) => e.name === 'compare');
    if (!example) throw new Error('no comparison example');
    const { table, printed } = await runJs(example.code);
    expect(table.rows.some((row) => row.key === 'total')).toBe(true);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(
      /^(Them \d+\.\d %, us 41\.0 %|Hidden: too few discharged to compare\.)$/,
    );
  });

  it('an example with a wrong field fails the test (the runner is not blind)', async () => {
    await expect(
      runJs("const table = await finsamReport('outcomeReport', { from: 'x' });"),
    ).rejects.toThrow(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});
