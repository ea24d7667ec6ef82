// The results grid page's server work for a gNB (89 test cases, every one recorded): getResults and
// getSubmission as the page calls them, then the
// same for a regulator with the decision panel. Wall time and CPU time per call, median of 20; CPU
// time is what a quiet machine would wait for, whatever else runs (read both with the load average).
//   npm run bench:results-grid
import os from 'node:os';
import { createBenchDatabase } from './bench-database';
import { addEvidenceRow, createScenario, submissionInState } from '../test/helpers/workflow-fixtures';
import { testCasesForProduct } from '@/lib/catalogue/read-catalogue';
import { syncCatalogue } from '@/lib/catalogue/sync-catalogue';
import { recordResults } from '@/lib/results/commands/record-results';
import { getResults } from '@/lib/results/read-results';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { getDecisionPanel } from '@/lib/submissions/read-decision-panel';
import { getSubmission } from '@/lib/submissions/read-submissions';

const database = await createBenchDatabase(5);
await syncCatalogue(database.db);
const s = await createScenario('gNB');
const cases = testCasesForProduct('gNB', false);
const row = await submissionInState(s, 'submitted');
await performSubmissionAction(s.lab, row.id, 'accept', { conflictOfInterest: { hasConflict: false, statement: 'No ties.' } });
await recordResults(s.lab, row.id, { results: cases.map((tc, i) => ({ testCaseId: tc.id, result: i % 9 === 4 ? 'fail' : 'pass', notes: i % 9 === 4 ? 'Bench failure' : undefined })) });
await addEvidenceRow(row.id, s.lab, 'evaluation_report');

const results: Record<string, { wallMs: number; cpuMs: number }> = {};
async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 20; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    await fn();
    walls.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  results[label] = { wallMs: Number(walls[10].toFixed(1)), cpuMs: Number(cpus[10].toFixed(1)) };
}

await time(`results page data, lab (${cases.length} cases)`, () => Promise.all([getResults(s.lab, row.id), getSubmission(s.lab, row.id)]));
await performSubmissionAction(s.lab, row.id, 'submit_evaluation', {});
await time('submission page data with decision panel, regulator', async () => {
  const [r] = await Promise.all([getResults(s.regulator, row.id), getSubmission(s.regulator, row.id)]);
  await getDecisionPanel(s.regulator, row.id, r);
});
console.log(JSON.stringify({ bench: 'results-grid', database: database.name, loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))), results }, null, 1));
await database.drop();
