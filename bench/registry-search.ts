// Public registry search latency: N concurrent clients (default 20) each call listRegistry — the service the
// API and the page use: validation, tsquery building, page + capped count, DTOs — back to back for a fixed
// time, with a realistic mix of filtered searches (search prefixes, status, function, segment, vendor, lab,
// sorts, second pages). Prints p50/p95/p99 overall and per kind of query, and requests per second.
// With --rounds N it measures N windows of --seconds back to back and prints each one (throughput,
// percentiles, CPU per request) and the median round's p95: this machine's speed drifts, and a
// round's CPU per request shows whether it ran while the machine was slow.
// Usage: BENCH_DATABASE_NAME=tl_bench_registry npx tsx --conditions=react-server bench/registry-search.ts \
//          [--clients 20] [--pool 10] [--seconds 20] [--rounds 1] [--warmup 3] [--limit 50] [--no-remembered-totals]
// --pool is the connection pool, DATABASE_POOL_MAX in the app (default 10); clients beyond it wait their turn.
// --no-remembered-totals forgets the remembered totals (lib/registry/registry-totals.ts) before every
// request, so every page counts its matches again: the cost without that cache.
// Seed first with bench/registry-seed.ts (BENCH_KEEP=1). Without BENCH_KEEP=1 this drops the database at the end.
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';
import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';
import { registryTotals } from '@/lib/registry/registry-totals';
import { listRegistry } from '@/lib/registry/read-registry';
import { REGISTRY_SORTS, REGISTRY_STATUS_FILTERS } from '@/lib/validation/registry';
import { createBenchDatabase, percentile } from './bench-database';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '3' },
    limit: { type: 'string', default: '50' },
    pool: { type: 'string', default: '10' },
    'no-remembered-totals': { type: 'boolean', default: false },
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const rounds = Math.max(1, Number(values.rounds));
const warmupSeconds = Number(values.warmup);
const limit = Number(values.limit);
const isRememberingTotals = !values['no-remembered-totals'];

const pool = Number(values.pool);
const database = await createBenchDatabase(pool);
const client = postgres(database.url as string, { max: 1, onnotice: () => {} });
const [{ n: certificateCount }] = await client<{ n: number }[]>`select count(*)::int as n from certificates`;
if (certificateCount === 0) throw new Error(`${database.name} has no certificates: run bench/registry-seed.ts first (with BENCH_KEEP=1).`);
const vendorIds = (await client<{ id: string }[]>`select distinct vendor_org_id as id from certificates`).map((r) => r.id);
const labIds = (await client<{ id: string }[]>`select distinct lab_org_id as id from certificates`).map((r) => r.id);
// Words people type: prefixes of vendor and product names, functions, versions.
const sample = await client<{ vendor: string; product: string; version: string }[]>`
  select vendor_name as vendor, product_name as product, version_label as version from certificates tablesample system (1) limit 500`;
await client.end();

let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const prefix = (word: string) => word.slice(0, Math.max(2, Math.min(word.length, 2 + Math.floor(random() * 5))));
const firstWord = (text: string) => text.split(/\s+/)[0];

type Query = Record<string, string | number>;
/** Kinds of searches with their share of the traffic. */
const MIX: { kind: string; weight: number; make: () => Query }[] = [
  { kind: 'browse', weight: 10, make: () => ({}) },
  { kind: 'q-vendor', weight: 12, make: () => ({ q: prefix(firstWord(pick(sample).vendor)) }) },
  { kind: 'q-product', weight: 10, make: () => ({ q: prefix(firstWord(pick(sample).product)) }) },
  { kind: 'q-two-words', weight: 8, make: () => {
    const row = pick(sample);
    return { q: `${prefix(firstWord(row.product))} ${row.product.split(' ')[1] ?? ''}`.trim() };
  } },
  { kind: 'q-version', weight: 3, make: () => {
    const row = pick(sample);
    return { q: `${firstWord(row.product)} ${row.version}` };
  } },
  { kind: 'q+status', weight: 6, make: () => ({ q: prefix(firstWord(pick(sample).vendor)), status: 'valid' }) },
  { kind: 'status', weight: 10, make: () => ({ status: pick(REGISTRY_STATUS_FILTERS) }) },
  { kind: 'function', weight: 8, make: () => ({ networkFunction: pick(NETWORK_FUNCTIONS) }) },
  { kind: 'function+status', weight: 5, make: () => ({ networkFunction: pick(NETWORK_FUNCTIONS), status: pick(['valid', 'expired']) }) },
  { kind: 'segment+expiry-sort', weight: 6, make: () => ({ segment: pick(NETWORK_SEGMENTS), sort: 'expiresAt' }) },
  { kind: 'vendor', weight: 8, make: () => ({ vendor: pick(vendorIds) }) },
  { kind: 'vendor+status', weight: 3, make: () => ({ vendor: pick(vendorIds), status: pick(['valid', 'suspended', 'revoked']) }) },
  { kind: 'lab', weight: 4, make: () => ({ lab: pick(labIds) }) },
  { kind: 'sort', weight: 7, make: () => ({ sort: pick(REGISTRY_SORTS), dir: pick(['asc', 'desc']) }) },
];
const totalWeight = MIX.reduce((s, m) => s + m.weight, 0);
const pickKind = () => {
  let r = random() * totalWeight;
  for (const m of MIX) if ((r -= m.weight) < 0) return m;
  return MIX[0];
};
const SECOND_PAGE_SHARE = 0.25;

const samples = new Map<string, number[]>();
let recording = false;
let errors = 0;
let roundRecorder: number[] = [];
const record = (kind: string, ms: number) => {
  if (!recording) return;
  roundRecorder.push(ms);
  const list = samples.get(kind) ?? [];
  list.push(ms);
  samples.set(kind, list);
};

async function timedList(kind: string, query: Query) {
  if (!isRememberingTotals) registryTotals.forget();
  const t = performance.now();
  try {
    const page = await listRegistry({ ...query, limit });
    record(kind, performance.now() - t);
    return page;
  } catch (error) {
    errors++;
    if (errors < 5) console.error(kind, query, error);
    return null;
  }
}

let isRunning = true;
async function runClient() {
  while (isRunning) {
    const { kind, make } = pickKind();
    const query = make();
    const page = await timedList(kind, query);
    if (page?.nextCursor && random() < SECOND_PAGE_SHARE) await timedList(`${kind} (page 2)`, { ...query, cursor: page.nextCursor });
  }
}

// CPU actually spent per request — this process plus the PostgreSQL backends serving its pool — so a
// run on a machine shared with other work still says what the queries cost (clock ticks from /proc).
const TICK_MS = 10;
const backendTicks = (pids: number[]) =>
  pids.reduce((sum, pid) => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + Number(fields[11]) + Number(fields[12]);
    } catch {
      return sum;
    }
  }, 0);
const monitor = postgres(database.url as string, { max: 1, onnotice: () => {} });
const backendPids = async () =>
  (await monitor<{ pid: number }[]>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`).map((r) => r.pid);

const loadBefore = os.loadavg();
const workers = Array.from({ length: clients }, runClient);
await new Promise((r) => setTimeout(r, warmupSeconds * 1000));
const pids = await backendPids();
const round = (n: number) => Number(n.toFixed(1));
const summary = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)) };
};
type Round = { requestsPerSecond: number; ms: ReturnType<typeof summary>; cpuMsPerRequest: { node: number; database: number } };
const roundResults: Round[] = [];
const totalsBefore = registryTotals.stats();
let elapsed = 0;
const cpuMs = { node: 0, database: 0 };
for (let r = 0; r < rounds; r++) {
  const roundSamples: number[] = [];
  const ticksBefore = backendTicks(pids);
  const cpuBefore = process.cpuUsage();
  roundRecorder = roundSamples;
  recording = true;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  recording = false;
  const roundSeconds = (performance.now() - started) / 1000;
  elapsed += roundSeconds;
  const nodeCpu = process.cpuUsage(cpuBefore);
  const databaseCpuMs = (backendTicks(pids) - ticksBefore) * TICK_MS;
  const n = roundSamples.length;
  cpuMs.node += (nodeCpu.user + nodeCpu.system) / 1000;
  cpuMs.database += databaseCpuMs;
  roundResults.push({
    requestsPerSecond: round(n / roundSeconds),
    ms: summary(roundSamples),
    cpuMsPerRequest: { node: round((nodeCpu.user + nodeCpu.system) / 1000 / n), database: round(databaseCpuMs / n) },
  });
}
const totalsAfter = registryTotals.stats();
await monitor.end();
isRunning = false;
await Promise.all(workers);

const all = [...samples.values()].flat().sort((a, b) => a - b);
const byKind = Object.fromEntries([...samples.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([kind, list]) => [kind, summary(list)]));
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];
console.log(
  JSON.stringify(
    {
      bench: 'registry-search',
      database: database.name,
      certificates: certificateCount,
      cpus: os.cpus().length,
      loadAverageBefore: loadBefore.map((l) => round(l)),
      loadAverageAfter: os.loadavg().map((l) => round(l)),
      clients,
      pool,
      seconds: round(elapsed),
      requests: all.length,
      requestsPerSecond: round(all.length / elapsed),
      errors,
      cpuMsPerRequest: { node: round(cpuMs.node / all.length), database: round(cpuMs.database / all.length), databaseBackends: pids.length },
      rememberedTotals: isRememberingTotals
        ? { hits: totalsAfter.hits - totalsBefore.hits, misses: totalsAfter.misses - totalsBefore.misses }
        : 'off',
      ms: summary(all),
      targetP95Ms: 50,
      ...(rounds > 1 ? { medianRoundP95Ms: median(roundResults.map((r) => r.ms.p95)), rounds: roundResults } : {}),
      byKind,
    },
    null,
    1,
  ),
);
await database.drop();
