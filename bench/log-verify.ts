// Times the whole-log verifier (signature, every leaf, the root, consistency with every stored checkpoint) over a
// log filled by bench/log-fill.ts, read from the database; with --url, also through a running portal's public API.
// Usage: BENCH_DATABASE_NAME=tl_bench_1m npx tsx --conditions=react-server bench/log-verify.ts [--url http://127.0.0.1:3200]
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readLogHead } from '@/db/queries/log';
import { httpLogSource } from '@/lib/log/http-log-source';
import type { LogSource } from '@/lib/log/log-source';
import { databaseLogSource } from '@/lib/log/store/database-log-source';
import { verifyLog, type LogVerification } from '@/lib/log/verify-log';
import { createBenchDatabase } from './bench-database';

const TARGET_SECONDS = 30;

const { values } = parseArgs({ options: { url: { type: 'string' } } });
if (!process.env.BENCH_DATABASE_NAME) {
  console.error('Set BENCH_DATABASE_NAME to a database filled by bench/log-fill.ts (run with BENCH_KEEP=1).');
  process.exit(2);
}
const database = await createBenchDatabase(4);
process.env.DATA_DIR ??= path.join(os.tmpdir(), 'trustledger-bench', database.name);
const { size } = await readLogHead(database.db);
if (size === 0) {
  console.error(`${database.name} has an empty log: fill it first with bench/log-fill.ts.`);
  await database.close();
  process.exit(2);
}

const runs: Record<string, unknown>[] = [await timeVerify('database', databaseLogSource())];
if (values.url) runs.push(await timeVerify(`http ${values.url}`, httpLogSource(values.url)));

console.log(
  JSON.stringify({
    bench: 'log-verify',
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    database: database.name,
    size,
    targetSeconds: TARGET_SECONDS,
    runs,
  }),
);
await database.close();
process.exit(runs.every((r) => r.ok === true) ? 0 : 1);

async function timeVerify(via: string, source: LogSource): Promise<Record<string, unknown>> {
  const started = performance.now();
  const result: LogVerification = await verifyLog(source, {
    onProgress: (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\r  ${via}: ${done.toLocaleString()} / ${total.toLocaleString()} entries`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  const seconds = (performance.now() - started) / 1000;
  return {
    via,
    seconds: Number(seconds.toFixed(1)),
    entriesPerSecond: Math.round(size / seconds),
    withinTarget: seconds < TARGET_SECONDS,
    ...result,
  };
}
