// node --test .ci/sum-test-results.test.mjs: the closing line of CI counts every suite.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = join(dirname(fileURLToPath(import.meta.url)), 'sum-test-results.mjs');
let root;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sum-test-results-'));
  workspace('packages/domain');
  workspace('packages/persistence', { int: true });
  workspace('apps/admin', { e2e: true });
  workspace('apps/bench', { test: false });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path, text) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function workspace(folder, { test = true, int = false, e2e = false } = {}) {
  const scripts = test ? { test: 'vitest run' } : { bench: 'node bench.mjs' };
  if (int) scripts['test:int'] = 'vitest run --config vitest.int.config.ts';
  if (e2e) scripts['test:e2e'] = 'vitest run --config vitest.e2e.config.ts';
  write(`${folder}/package.json`, JSON.stringify({ name: folder, scripts }));
}

function passing(tests, file = 'a.test.ts') {
  const assertionResults = Array.from({ length: tests }, (_, i) => ({
    title: `t${i}`,
    status: 'passed',
  }));
  return report({
    numPassedTests: tests,
    testResults: [{ name: file, status: 'passed', assertionResults }],
  });
}

function report(fields) {
  return JSON.stringify({
    numPassedTests: 0,
    numFailedTests: 0,
    numPendingTests: 0,
    numTodoTests: 0,
    success: true,
    testResults: [],
    ...fields,
  });
}

function allPassing(base = 'results') {
  write(`packages/domain/.vitest/${base}.json`, passing(5));
  write(`packages/persistence/.vitest/${base}.json`, passing(3));
  write(`packages/persistence/.vitest/${base}-int.json`, passing(4));
  write(`apps/admin/.vitest/${base}.json`, passing(2));
  write(`apps/admin/.vitest/${base}-e2e.json`, passing(1));
}

function sum(...tags) {
  const run = spawnSync(process.execPath, [script, ...tags], { cwd: root, encoding: 'utf8' });
  const lines = run.stdout.trim().split('\n');
  return { status: run.status, last: lines.at(-1), output: run.stdout + run.stderr };
}

test('every suite passed: the sum of all reports, exit 0', () => {
  allPassing();
  const { status, last } = sum();
  assert.equal(last, '15 passed, 0 failed');
  assert.equal(status, 0);
});

test('a suite that wrote no report counts as failed, with a line naming it', () => {
  allPassing();
  rmSync(join(root, 'packages/persistence/.vitest'), { recursive: true });
  rmSync(join(root, 'apps/admin/.vitest/results-e2e.json'));
  const { status, last, output } = sum();
  assert.equal(last, '7 passed, 3 failed');
  assert.match(output, /packages\/persistence\/\.vitest\/results\.json: FAILED, no report/);
  assert.match(output, /packages\/persistence\/\.vitest\/results-int\.json: FAILED, no report/);
  assert.match(output, /apps\/admin\/\.vitest\/results-e2e\.json: FAILED, no report/);
  assert.equal(status, 1);
});

test('an unreadable report counts as failed', () => {
  allPassing();
  write('packages/domain/.vitest/results.json', '{"numPassedTests": 5, "numFail');
  const { status, last, output } = sum();
  assert.equal(last, '10 passed, 1 failed');
  assert.match(output, /packages\/domain\/\.vitest\/results\.json: FAILED, unreadable report/);
  assert.equal(status, 1);
});

test('a file that failed to load or whose hook failed counts, besides failed tests', () => {
  allPassing();
  const broken = report({
    numPassedTests: 1,
    numFailedTests: 1,
    numPendingTests: 2,
    success: false,
    testResults: [
      {
        name: 'load.test.ts',
        status: 'failed',
        message: 'Failed to load url x',
        assertionResults: [],
      },
      {
        name: 'hook.test.ts',
        status: 'failed',
        message: 'beforeAll: connection refused',
        assertionResults: [{ status: 'skipped' }, { status: 'skipped' }],
      },
      {
        name: 'plain.test.ts',
        status: 'failed',
        assertionResults: [{ status: 'passed' }, { status: 'failed' }],
      },
    ],
  });
  write('packages/persistence/.vitest/results.json', broken);
  const { last, output } = sum();
  assert.equal(last, '13 passed, 3 failed');
  assert.match(output, /load\.test\.ts: Failed to load url x/);
  assert.match(output, /hook\.test\.ts: beforeAll: connection refused/);
});

test('a run that reports failure without any failed test still fails', () => {
  allPassing();
  write('apps/admin/.vitest/results.json', report({ success: false }));
  assert.equal(sum().last, '13 passed, 1 failed');
});

test('each kind of test a workspace runs (unit, integration, browser) leaves its own report', () => {
  allPassing();
  rmSync(join(root, 'packages/persistence/.vitest/results-int.json'));
  const { status, last, output } = sum();
  assert.equal(last, '11 passed, 1 failed');
  assert.match(output, /packages\/persistence\/\.vitest\/results-int\.json: FAILED, no report/);
  assert.match(output, /packages\/persistence\/\.vitest\/results\.json: 3 passed, 0 failed/);
  assert.equal(status, 1);
});

test('each tagged run must leave its own reports; all are summed', () => {
  allPassing();
  allPassing('results-embedded');
  rmSync(join(root, 'apps/admin/.vitest/results-embedded-e2e.json'));
  const { last, output } = sum('default', 'embedded');
  assert.equal(last, '29 passed, 1 failed');
  assert.match(output, /apps\/admin\/\.vitest\/results-embedded-e2e\.json: FAILED, no report/);
});
