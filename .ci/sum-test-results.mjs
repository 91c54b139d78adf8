// Sums vitest's JSON reports into the closing "N passed, N failed" line.
//
//   node .ci/sum-test-results.mjs [tag ...]      (default: one untagged run)
//
// Each tag is one run of every suite: `default` reads .vitest/results*.json, any other tag
// .vitest/results-<tag>*.json (TEST_RESULTS_TAG, see vitest.shared.js). Each workspace runs
// up to three kinds of test, one turbo task and one report each: `test` (unit,
// results.json), `test:int` (real PostgreSQL, results-int.json) and `test:e2e` (browser,
// results-e2e.json). Every report a workspace's scripts promise must be there: a report
// that is missing or unreadable is a suite that did not finish, and counts as a failure,
// as does a test file that failed to load or whose hooks failed. So a crash can never
// read as green. Exits 1 when anything failed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The test scripts that write a report, and the report's suffix. */
const REPORTING_SCRIPTS = [
  { script: 'test', kind: '' },
  { script: 'test:int', kind: '-int' },
  { script: 'test:e2e', kind: '-e2e' },
];

function workspacesWithTests(root) {
  const found = [];
  for (const group of ['packages', 'apps']) {
    if (!existsSync(join(root, group))) continue;
    for (const name of readdirSync(join(root, group)).sort()) {
      const manifest = join(root, group, name, 'package.json');
      if (!existsSync(manifest)) continue;
      const scripts = JSON.parse(readFileSync(manifest, 'utf8')).scripts ?? {};
      const kinds = REPORTING_SCRIPTS.filter(({ script }) => scripts[script]).map((s) => s.kind);
      if (kinds.length > 0) found.push({ folder: join(group, name), kinds });
    }
  }
  return found;
}

/** The report files every run must leave behind, relative to `root`. */
export function expectedReports(root, tags) {
  const files = [];
  for (const tag of tags) {
    const base = tag === 'default' ? 'results' : `results-${tag}`;
    for (const { folder, kinds } of workspacesWithTests(root)) {
      for (const kind of kinds) files.push(join(folder, '.vitest', `${base}${kind}.json`));
    }
  }
  return files;
}

function readReport(path) {
  if (!existsSync(path)) return { problem: 'no report: the suite did not finish' };
  try {
    const report = JSON.parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(report.testResults)) throw new Error('no testResults');
    return { report };
  } catch (error) {
    return { problem: `unreadable report (${error.message})` };
  }
}

/** Failures a report states besides failed tests: files that failed to load or run. */
function fileFailures(report) {
  const lines = [];
  for (const file of report.testResults) {
    const failedTests = (file.assertionResults ?? []).some((t) => t.status === 'failed');
    if (file.status === 'failed' && !failedTests) {
      lines.push(`  ${file.name}: ${file.message || 'failed without a failed test'}`);
    }
  }
  const counted = report.numFailedTests + lines.length;
  if (report.success === false && counted === 0) lines.push('  the run reported failure');
  return lines;
}

export function sumReports(root, files) {
  const total = { passed: 0, failed: 0, skipped: 0, lines: [] };
  for (const file of files) {
    const { report, problem } = readReport(join(root, file));
    if (problem) {
      total.failed += 1;
      total.lines.push(`${file}: FAILED, ${problem}`);
      continue;
    }
    const extra = fileFailures(report);
    const failed = report.numFailedTests + extra.length;
    total.passed += report.numPassedTests;
    total.failed += failed;
    total.skipped += report.numPendingTests + report.numTodoTests;
    total.lines.push(`${file}: ${report.numPassedTests} passed, ${failed} failed`, ...extra);
  }
  if (total.skipped > 0) total.lines.push(`${total.skipped} skipped`);
  total.lines.push(`${total.passed} passed, ${total.failed} failed`);
  return total;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const tags = process.argv.slice(2);
  const total = sumReports('.', expectedReports('.', tags.length > 0 ? tags : ['default']));
  for (const line of total.lines) console.log(line);
  process.exitCode = total.failed > 0 ? 1 : 0;
}
