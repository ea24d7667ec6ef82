// Latency of inclusion and consistency proofs through the service functions (validation, head read, the batched
// node read from log_nodes, hashing) on a log filled by bench/log-fill.ts. Every proof is also verified against
// the signed checkpoint, outside the timed part. Target: p95 < 10 ms at 1,000,000 entries.
// Usage: BENCH_DATABASE_NAME=tl_bench_1m npx tsx --conditions=react-server bench/log-proofs.ts [--requests 2000]
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readLogHead } from '@/db/queries/log';
import { fromHex } from '@/lib/log/bytes';
import { verifyConsistency, verifyInclusion } from '@/lib/log/verify-proof';
import { getConsistencyProof, getInclusionProof, getLatestCheckpoint } from '@/lib/transparency-log/read-log';
import { createBenchDatabase, percentile } from './bench-database';

const TARGET_P95_MS = 10;
const WARM_UP = 100;

const { values } = parseArgs({ options: { requests: { type: 'string', default: '2000' } } });
const requests = Number(values.requests);
if (!process.env.BENCH_DATABASE_NAME) {
  console.error('Set BENCH_DATABASE_NAME to a database filled by bench/log-fill.ts (run with BENCH_KEEP=1).');
  process.exit(2);
}
const database = await createBenchDatabase(4);
process.env.DATA_DIR ??= path.join(os.tmpdir(), 'trustledger-bench', database.name);
const { size } = await readLogHead(database.db);
if (size < 2) {
  console.error(`${database.name} has ${size} entries: fill it first with bench/log-fill.ts.`);
  await database.close();
  process.exit(2);
}
const checkpoint = await getLatestCheckpoint();
const root = fromHex(checkpoint.rootHash);

const inclusion = await measure(async () => {
  const index = crypto.randomInt(size);
  const started = performance.now();
  const p = await getInclusionProof({ index: String(index), treeSize: String(size) });
  const ms = performance.now() - started;
  return { ms, ok: verifyInclusion(fromHex(p.leafHash), index, size, p.proof.map(fromHex), root) };
});
const consistency = await measure(async () => {
  const from = 1 + crypto.randomInt(size - 1);
  const started = performance.now();
  const p = await getConsistencyProof({ from: String(from), to: String(size) });
  const ms = performance.now() - started;
  return { ms, ok: p.toRoot === checkpoint.rootHash && verifyConsistency(from, size, p.proof.map(fromHex), fromHex(p.fromRoot), root) };
});

console.log(
  JSON.stringify({
    bench: 'log-proofs',
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    database: database.name,
    size,
    requests,
    targetP95Ms: TARGET_P95_MS,
    inclusion,
    consistency,
  }),
);
await database.close();
process.exit(inclusion.allVerified && consistency.allVerified ? 0 : 1);

async function measure(request: () => Promise<{ ms: number; ok: boolean }>) {
  for (let i = 0; i < WARM_UP; i++) await request();
  const times: number[] = [];
  let allVerified = true;
  for (let i = 0; i < requests; i++) {
    const { ms, ok } = await request();
    times.push(ms);
    allVerified &&= ok;
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Number(ms.toFixed(2));
  return {
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times[times.length - 1]),
    meanMs: round(times.reduce((a, b) => a + b, 0) / times.length),
    withinTarget: percentile(times, 95) < TARGET_P95_MS,
    allVerified,
  };
}
