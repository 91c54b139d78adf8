// Sums vitest's JSON reports (one per workspace) into "N passed, N failed".
// A suite that failed to load counts as one failure, so a crash can never read as green.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ['packages', 'apps']) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group)) {
    const folder = join(group, name, '.vitest');
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder).filter((f) => /^results.*\.json$/.test(f))) {
      const file = join(folder, entry);
      const report = JSON.parse(readFileSync(file, 'utf8'));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      skipped += report.numPendingTests + report.numTodoTests;
      for (const suite of report.testResults) {
        if (suite.status === 'failed' && suite.assertionResults.length === 0) failed += 1;
      }
      console.log(
        `${group}/${name} (${entry}): ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
      );
    }
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
