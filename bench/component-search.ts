// "Which certified versions contain purl X": latency of searchComponents — the service the API and the
// page use (validation, purl normalisation, the index query with its visibility joins, DTOs) — one call
// at a time, as a regulator and as an operator (whose visibility adds the certificate and released-
// evidence conditions), for purls with a version and without, popular (in about a third of all SBOMs)
// and long-tail packages, first pages of 50. Side by side: a bare `select 1` round trip on the same pool,
// so the query's own cost can be read off. Also times indexing one new 5,000-component SBOM
// (toIndexRows + the chunked inserts) in a transaction that is rolled back.
// Usage: BENCH_DATABASE_NAME=tl_bench_components npx tsx --conditions=react-server bench/component-search.ts [--requests 400]
// Seed first with bench/component-index-seed.ts (BENCH_KEEP=1). Without BENCH_KEEP=1 this drops the database at the end.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { Actor } from '@/lib/authz/actor';
import { searchSbomComponents } from '@/db/queries/components';
import { indexSbomComponents } from '@/lib/components/index-sbom-components';
import { normalizePurl } from '@/lib/components/purl';
import { submissionVisibleTo } from '@/lib/visibility/submissions';
import { searchComponents } from '@/lib/components/search-components';
import type { SbomComponentFacts } from '@/lib/evidence/sbom/sbom-analysis';
import { createBenchDatabase, percentile } from './bench-database';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '400' } } });
const requests = Number(values.requests);

const database = await createBenchDatabase(4);
const raw = postgres(database.url as string, { max: 1, onnotice: () => {} });
const [{ n: rows }] = await raw<{ n: number }[]>`select count(*)::int as n from sbom_components`;
if (rows === 0) throw new Error(`${database.name} has no index rows: run bench/component-index-seed.ts first (with BENCH_KEEP=1).`);
const sample = await raw<{ purl: string; key: string; version: string }[]>`
  select purl, package_key as key, version from sbom_components tablesample system (0.1) limit 1000`;
const [regulatorOrg] = await raw<{ id: string }[]>`select id from organizations where kind = 'regulator' limit 1`;
const [evidenceRow] = await raw<{ id: string; submission_id: string; product_version_id: string }[]>`
  select e.id, e.submission_id, s.product_version_id from evidence e join submissions s on s.id = e.submission_id limit 1`;
await raw.end();

const actor = (orgKind: Actor['orgKind']): Actor => ({
  userId: '00000000-0000-4000-a000-000000000001',
  email: 'bench@bench.example',
  name: 'Bench',
  orgId: regulatorOrg.id,
  orgName: 'Bench',
  orgKind,
  orgRole: 'member',
  isPlatformAdmin: false,
  via: 'session',
});

let seed = 11;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

const POPULAR_MAVEN = Array.from({ length: 89 }, (_, i) => i + 1).filter((n) => n % 20 < 6);

type Kind = 'log4j-core@2.14.1' | 'log4j-core (any version)' | 'tail purl@version' | 'tail purl (any version)' | 'popular purl@version';
const queries: Record<Kind, () => string> = {
  'log4j-core@2.14.1': () => 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
  'log4j-core (any version)': () => 'pkg:maven/org.apache.logging.log4j/log4j-core',
  // The seed's popular Maven packages: n in 1..89 with n % 20 < 6 (bench/component-index-seed.ts).
  'popular purl@version': () => {
    const n = pick(POPULAR_MAVEN);
    return `pkg:maven/org.bench${n % 97}/pkg${n}@1.${Math.floor(random() * 10)}.${n % 7}`;
  },
  'tail purl@version': () => pick(sample).purl,
  'tail purl (any version)': () => pick(sample).key,
};

const db = database.db;
const measure = async (work: () => Promise<unknown>, n: number) => {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(times[times.length - 1]) };
};
const round = (ms: number) => Math.round(ms * 100) / 100;

// Warm-up: plans and caches, as a running portal has them.
for (let i = 0; i < 50; i++) await searchComponents(actor('regulator'), { purl: queries[pick(Object.keys(queries) as Kind[])]() });

const selectOne = await measure(() => db.execute(sql`select 1`), requests);
const results: Record<string, unknown> = {};
let hits = 0;
for (const role of ['regulator', 'operator'] as const) {
  for (const kind of Object.keys(queries) as Kind[]) {
    results[`${role}: ${kind}`] = await measure(async () => {
      const page = await searchComponents(actor(role), { purl: queries[kind]() });
      hits += page.items.length;
    }, Math.ceil(requests / 5));
  }
}
const overallTimes: number[] = [];
for (let i = 0; i < requests; i++) {
  const kind = pick(Object.keys(queries) as Kind[]);
  const t = performance.now();
  await searchComponents(actor('regulator'), { purl: queries[kind]() });
  overallTimes.push(performance.now() - t);
}
overallTimes.sort((a, b) => a - b);

// What PostgreSQL itself reports (planning + execution of the same statement, EXPLAIN ANALYZE): the
// query's cost without the client's share, which on a loaded machine waits for a CPU.
const explainClient = postgres(database.url as string, { max: 1, onnotice: () => {} });
await explainClient`set plan_cache_mode = force_custom_plan`;
const serverTimes: number[] = [];
for (let i = 0; i < Math.ceil(requests / 2); i++) {
  const purl = normalizePurl(queries[pick(Object.keys(queries) as Kind[])]())!;
  const query = searchSbomComponents(db, {
    packageKey: purl.packageKey,
    version: purl.version,
    qualifiers: { ...purl.qualifiers },
    limit: 51,
    visible: submissionVisibleTo(actor('regulator')),
  }).toSQL();
  const [row] = await explainClient.unsafe(`explain (analyze, format json) ${query.sql}`, query.params as never[]);
  const plan = (row['QUERY PLAN'] as { 'Planning Time': number; 'Execution Time': number }[])[0];
  serverTimes.push(plan['Planning Time'] + plan['Execution Time']);
}
await explainClient.end();
serverTimes.sort((a, b) => a - b);

// Indexing one new 5,000-component SBOM, rolled back so the bench database stays as seeded.
const components: SbomComponentFacts[] = Array.from({ length: 5000 }, (_, i) => ({
  name: `new${i}`,
  version: `2.${i % 10}.0`,
  purl: `pkg:npm/new${i}@2.${i % 10}.0`,
  cpe: null,
  licenses: ['MIT'],
  hasCreatorContact: true,
  filename: null,
  hasSha512: true,
  hasDependencyEntry: true,
}));
const indexTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  await db
    .transaction(async (tx) => {
      const t = performance.now();
      await indexSbomComponents(tx, { evidenceId: evidenceRow.id, submissionId: evidenceRow.submission_id, productVersionId: evidenceRow.product_version_id }, components);
      indexTimes.push(performance.now() - t);
      throw new Error('rollback');
    })
    .catch((error: Error) => {
      if (error.message !== 'rollback') throw error;
    });
}
indexTimes.sort((a, b) => a - b);

await database.drop();
console.log(
  JSON.stringify({
    bench: 'component-search',
    database: database.name,
    indexRows: rows,
    requests,
    selectOneMs: selectOne,
    searchMixMs: { p50: round(percentile(overallTimes, 50)), p95: round(percentile(overallTimes, 95)) },
    searchMixServerMs: { p50: round(percentile(serverTimes, 50)), p95: round(percentile(serverTimes, 95)) },
    byQueryMs: results,
    averageHitsPerPage: Math.round(hits / (Math.ceil(requests / 5) * 10)),
    index5000ComponentsMs: { median: round(percentile(indexTimes, 50)), max: round(indexTimes[indexTimes.length - 1]) },
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  }),
);
