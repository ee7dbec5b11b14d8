// Prints "N passed, N failed, N skipped" from vitest's JSON report, for CI logs.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'var/test-report.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.log(`no test report at ${file}`);
  process.exit(1);
}
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
