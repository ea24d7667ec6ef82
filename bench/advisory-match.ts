// Advisory matching against a seeded component index, on a private PostgreSQL database:
//  1. one advisory with 20 affected packages matched against 10 000 versions × 300 components (p95);
//  2. importing and matching 20 000 synthetic OSV advisories as a collection (total), beside one document per import on a sample;
//  3. indexing and matching one new 5 000-component SBOM against the 20 000 stored advisories;
// each beside a bare query doing the same lookups. Usage: npm run bench:advisory-match [-- --versions 10000 --advisories 20000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import pLimit from 'p-limit';
import { sql } from 'drizzle-orm';
import { executePrepared } from '@/db/client';
import { createBenchDatabase, percentile } from './bench-database';

const { values } = parseArgs({
  options: {
    versions: { type: 'string', default: '10000' },
    components: { type: 'string', default: '300' },
    advisories: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '4' },
  },
});
const VERSIONS = Number(values.versions);
const PER_VERSION = Number(values.components);
const ADVISORIES = Number(values.advisories);
const POOL = 20_000;
process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-bench-advisories-'));

const { unsafeCreateOrganization } = await import('@/lib/organizations/commands/create-organization');
const { unsafeCreateUser } = await import('@/lib/users/commands/create-member');
const { resolveActorByEmail } = await import('@/lib/auth/resolve-actor');
const { unsafeMatchStatements } = await import('@/lib/matching/match-statements');
const { unsafeRecordMatches } = await import('@/lib/matching/record-matches');
const { unsafeApplyConsequences } = await import('@/lib/matching/consequences');
const { planMatches } = await import('@/lib/matching/plan-matches');
const { parseAdvisory } = await import('@/lib/advisories/parse-advisory');
const { importAdvisoryBytes } = await import('@/lib/advisories/commands/import-advisory');
const { importAdvisoryCollection } = await import('@/lib/advisories/commands/import-advisory-collection');
const { uploadEvidence } = await import('@/lib/evidence/commands/add-evidence');
const { findStatementsForEvidence, findCandidateComponents } = await import('@/db/queries/advisories');

const database = await createBenchDatabase(12);
const db = database.db;
const ms = (start: number) => performance.now() - start;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(1)} ms, p95 ${percentile(s, 95).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms`;
};

// A realistic purl mix: npm, maven, pypi, deb (with a distro qualifier) and golang, POOL packages in all.
const TYPES = ['npm', 'maven', 'pypi', 'deb', 'golang'] as const;
const keyOf = (k: number) => {
  const type = TYPES[k % 5];
  return type === 'npm' ? `pkg:npm/pkg${k}` : type === 'maven' ? `pkg:maven/org.bench/pkg${k}` : type === 'pypi' ? `pkg:pypi/pkg${k}` : type === 'deb' ? `pkg:deb/debian/pkg${k}` : `pkg:golang/github.com/bench/pkg${k}`;
};

// With BENCH_KEEP=1 BENCH_DATABASE_NAME=<name> the seeded index is kept and reused by the next run (whose
// earlier advisories, matches, tasks, notifications and review flags are removed first; log entries stay).
const reused = (await executePrepared<{ n: number }>(db, sql`select count(*)::int as n from sbom_components`))[0].n > 0;
let t = performance.now();
if (reused) {
  console.log(`Reusing the seeded index of ${database.name}`);
  // Statistics of the filled tables, as a portal that has been running has (analysed once emptied,
  // the planner would take the tables that fill up during the run for empty ones).
  await executePrepared(db, sql`analyze`);
  for (const statement of [
    sql`delete from notifications`,
    sql`delete from vendor_tasks`,
    sql`delete from advisory_matches`,
    sql`delete from advisory_statements`,
    sql`delete from advisories`,
    sql`update certificates set review_required_at = null, review_reason = null where review_required_at is not null`,
    sql`delete from sbom_components where product_version_id in (select id from product_versions where version like '9.9.%')`,
  ])
    await executePrepared(db, statement);
} else {
  console.log(`Seeding ${VERSIONS} versions × ${PER_VERSION} components (${(VERSIONS * PER_VERSION).toLocaleString('en')} index rows)…`);
  const seedOrg = await unsafeCreateOrganization({ name: 'Bench Vendor', kind: 'vendor' });
  await unsafeCreateUser(seedOrg.id, { email: 'vendor@bench.example', name: 'Bench Vendor', password: 'bench-password-123', role: 'admin' });
  const seeder = await resolveActorByEmail('vendor@bench.example');
  await executePrepared(
    db,
    sql`insert into products (vendor_org_id, name, network_function, segment) values (${seedOrg.id}::uuid, 'Bench gNB', 'gNB', 'ran')`,
  );
  await executePrepared(
    db,
    sql`insert into product_versions (product_id, version) select (select id from products where name = 'Bench gNB'), '1.0.' || v from generate_series(1, ${VERSIONS}) v`,
  );
  await executePrepared(
    db,
    sql`insert into submissions (product_version_id, vendor_org_id, state, created_by)
      select v.id, ${seedOrg.id}::uuid, 'approved', ${seeder.userId}::uuid from product_versions v`,
  );
  // Every seeded version is certified (a valid certificate from a lab), so matching has consequences.
  const labOrg = await unsafeCreateOrganization({ name: 'Bench Lab', kind: 'lab' });
  await executePrepared(
    db,
    sql`insert into certificates (submission_id, product_version_id, vendor_org_id, lab_org_id, scheme, status, issued_at, expires_at,
        product_name, version_label, vendor_name, lab_name, network_function, segment)
      select s.id, s.product_version_id, ${seedOrg.id}::uuid, ${labOrg.id}::uuid, 'NESAS/SCAS', 'valid', now(), now() + interval '3 years',
        'Bench gNB', v.version, 'Bench Vendor', 'Bench Lab', 'gNB', 'ran'
      from submissions s join product_versions v on v.id = s.product_version_id`,
  );
  await executePrepared(
    db,
    sql`insert into evidence (submission_id, kind, filename, media_type, size, sha256, uploaded_by, uploader_org_id)
      select s.id, 'sbom', 'sbom.json', 'application/vnd.cyclonedx+json', 1, repeat('a', 64), ${seeder.userId}::uuid, ${seedOrg.id}::uuid from submissions s`,
  );
  // Bulk load without the secondary indexes, then build them (as a restore would).
  const indexes = await executePrepared<{ name: string; def: string }>(
    db,
    sql`select indexname as name, indexdef as def from pg_indexes where tablename = 'sbom_components' and indexname <> 'sbom_components_pkey'`,
  );
  for (const i of indexes) await executePrepared(db, sql.raw(`drop index "${i.name}"`));
  await executePrepared(
    db,
    sql`insert into sbom_components (evidence_id, submission_id, product_version_id, purl_type, package_key, qualifiers, purl, name, version)
      select e.id, s.id, s.product_version_id, t.type, t.key, case when t.type = 'deb' then '{"distro":"debian-12"}'::jsonb else '{}'::jsonb end,
        t.key || '@' || t.version, 'pkg' || t.k, t.version
      from (select s.*, row_number() over (order by s.id) as n from submissions s) s
      join evidence e on e.submission_id = s.id
      cross join generate_series(0, ${PER_VERSION - 1}) j
      cross join lateral (select ((s.n * 300 + j * 7919) % ${POOL})::int as k) kk
      cross join lateral (select kk.k,
          (array['npm','maven','pypi','deb','golang'])[kk.k % 5 + 1] as type,
          case kk.k % 5 when 0 then 'pkg:npm/pkg' || kk.k when 1 then 'pkg:maven/org.bench/pkg' || kk.k when 2 then 'pkg:pypi/pkg' || kk.k
            when 3 then 'pkg:deb/debian/pkg' || kk.k else 'pkg:golang/github.com/bench/pkg' || kk.k end as key,
          case when kk.k % 5 = 4 then 'v' else '' end || (1 + (s.n % 3)) || '.' || ((s.n + j) % 20) || '.0' || case when kk.k % 5 = 3 then '-1' else '' end as version) t`,
  );
  for (const i of indexes) await executePrepared(db, sql.raw(i.def));
  await executePrepared(db, sql`analyze sbom_components`);
  console.log(`  seeded in ${(ms(t) / 1000).toFixed(1)} s`);
}
const [vendorOrg] = await executePrepared<{ id: string }>(db, sql`select id from organizations where name = 'Bench Vendor'`);
const vendor = await resolveActorByEmail('vendor@bench.example');

// 1. One advisory, 20 affected packages (four of each type), "< 1.10" in the ecosystem's own syntax.
const statements = Array.from({ length: 20 }, (_, i) => {
  const k = 1000 + i;
  const type = TYPES[k % 5];
  const bound = type === 'golang' ? 'v1.10.0' : type === 'deb' ? '1.10.0-1' : '1.10.0';
  return {
    advisoryId: '00000000-0000-4000-8000-000000000000',
    vulnerabilityId: `CVE-2031-${k}`,
    purlType: type,
    packageKey: keyOf(k),
    qualifiers: {},
    cpeProduct: null,
    range: { kind: 'vers' as const, vers: `vers:${type}/<${bound}` },
    status: 'affected' as const,
    justification: null,
    detail: null,
    activelyExploited: false,
  };
});
await executePrepared(db, sql`insert into advisories (id, format, document_id, revision, title, sha256, size) values ('00000000-0000-4000-8000-000000000000', 'osv', 'bench-1', '1', 'bench', repeat('b', 64), 1)`);
const keysJson = JSON.stringify(statements.map((s) => s.packageKey));
const matchTimes: number[] = [];
const bareTimes: number[] = [];
let matched = 0;
const phases = { lookup: [] as number[], ranges: [] as number[], recording: [] as number[], consequences: [] as number[] };
class Rollback extends Error {}
for (let i = 0; i < 40; i++) {
  t = performance.now();
  await db
    .transaction(async (tx) => {
      const r = await unsafeMatchStatements(tx, statements, { source: 'advisory', now: new Date() });
      matched = r.created;
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  matchTimes.push(ms(t));
  // The same work phase by phase (lookup, range evaluation, recording, consequences), rolled back too.
  await db
    .transaction(async (tx) => {
      let p = performance.now();
      const found = await findCandidateComponents(tx, { packageKeys: statements.map((s) => s.packageKey), cpeProducts: [] });
      phases.lookup.push(ms(p));
      p = performance.now();
      const planned = planMatches(statements, found);
      phases.ranges.push(ms(p));
      p = performance.now();
      const recorded = await unsafeRecordMatches(tx, planned, 'advisory', new Date());
      phases.recording.push(ms(p));
      p = performance.now();
      await unsafeApplyConsequences(tx, recorded.changes, { actor: null, now: new Date() });
      phases.consequences.push(ms(p));
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  t = performance.now();
  await executePrepared(db, sql`select id, product_version_id, version, qualifiers from sbom_components where package_key in (select jsonb_array_elements_text(${keysJson}::jsonb))`);
  bareTimes.push(ms(t));
}
const candidates = (await executePrepared<{ n: number }>(db, sql`select count(*)::int as n from sbom_components where package_key in (select jsonb_array_elements_text(${keysJson}::jsonb))`))[0].n;
console.log(`1. One advisory, 20 packages: ${candidates} candidate components, ${matched} matches recorded per run (40 runs, each rolled back)`);
console.log(`   match (lookup + range evaluation + upsert): ${stats(matchTimes.slice(5))}`);
console.log(`   bare lookup query:                          ${stats(bareTimes.slice(5))}`);
for (const [phase, times] of Object.entries(phases)) console.log(`     phase ${phase.padEnd(13)} ${stats(times.slice(5))}`);

// 2. 20 000 OSV advisories: a fifth name an npm package of the index (SEMVER, fixed in 1.5.0), the rest packages no SBOM contains.
const osv = (i: number) => {
  const inIndex = i % 5 === 0;
  const k = inIndex ? ((i * 37) % (POOL / 5)) * 5 : 0;
  const name = inIndex ? `pkg${k}` : `absent-${i}`;
  return JSON.stringify({
    schema_version: '1.6.0',
    id: `BENCH-${i}`,
    modified: '2026-12-01T00:00:00Z',
    published: '2026-12-01T00:00:00Z',
    aliases: [`CVE-2032-${10000 + i}`],
    summary: `Synthetic advisory ${i}`,
    affected: [{ package: { ecosystem: 'npm', name, purl: `pkg:npm/${name}` }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.5.0' }] }] }],
  });
};
t = performance.now();
for (let i = 0; i < ADVISORIES; i++) parseAdvisory(osv(i));
const parseMs = ms(t);
// As an OSV export arrives (every document of an ecosystem's all.zip): importAdvisoryCollection,
// COLLECTION_CHUNK documents per transaction, each stored, hashed and logged as one import would.
let created = 0;
t = performance.now();
const collection = await importAdvisoryCollection(
  null,
  (function* () {
    for (let i = 0; i < ADVISORIES; i++) yield { name: `BENCH-${i}.json`, bytes: Buffer.from(osv(i)) };
  })(),
);
created = collection.matches.created;
const importMs = ms(t);
if (collection.imported !== ADVISORIES) throw new Error(`only ${collection.imported} of ${ADVISORIES} advisories were imported`);
// Beside it, one document per request (the upload API), on a sample: concurrency as a portal's clients.
const SAMPLE = Math.min(2_000, ADVISORIES);
const limit = pLimit(Number(values.concurrency));
t = performance.now();
await Promise.all(
  Array.from({ length: SAMPLE }, (_, i) =>
    limit(async () => {
      await importAdvisoryBytes(null, Buffer.from(osv(i).replace(`"BENCH-${i}"`, `"BENCH-SINGLE-${i}"`).replace('CVE-2032-', 'CVE-2033-')), { source: 'upload' });
    }),
  ),
);
const singleMs = ms(t);
const osvKeys = JSON.stringify(Array.from({ length: ADVISORIES }, (_, i) => (i % 5 === 0 ? `pkg:npm/pkg${((i * 37) % (POOL / 5)) * 5}` : `pkg:npm/absent-${i}`)));
t = performance.now();
await executePrepared(db, sql`select count(*) from sbom_components where package_key in (select jsonb_array_elements_text(${osvKeys}::jsonb))`);
const bareOsv = ms(t);
console.log(`2. ${ADVISORIES} OSV advisories imported as a collection (stored, logged) and matched: ${(importMs / 1000).toFixed(1)} s, ${(importMs / ADVISORIES).toFixed(2)} ms each, ${created} matches`);
console.log(`   one document per import (${SAMPLE} of them, ${values.concurrency} in parallel): ${(singleMs / SAMPLE).toFixed(2)} ms each, ${((singleMs / SAMPLE) * ADVISORIES / 1000).toFixed(0)} s for ${ADVISORIES} at that rate`);
console.log(`   bare lookup of all their package keys in one query: ${bareOsv.toFixed(0)} ms`);
console.log(`   of which parsing alone (sequential, all ${ADVISORIES}): ${(parseMs / 1000).toFixed(1)} s`);

// 3. A new 5 000-component SBOM (1 000 of them npm packages with stored advisories) uploaded, indexed and matched.
const [version] = await executePrepared<{ id: string }>(db, sql`insert into product_versions (product_id, version) values ((select id from products where name = 'Bench gNB'), ${`9.9.${Date.now()}`}) returning id`);
const [submission] = await executePrepared<{ id: string }>(
  db,
  sql`insert into submissions (product_version_id, vendor_org_id, state, created_by) values (${version.id}::uuid, ${vendorOrg.id}::uuid, 'draft', ${vendor.userId}::uuid) returning id`,
);
const components = Array.from({ length: 5000 }, (_, i) => {
  const name = i < 1000 ? `pkg${((i * 37 * 5) % (POOL / 5)) * 5}` : `fresh-${i}`;
  return { type: 'library', 'bom-ref': `c${i}`, name, version: '1.2.0', purl: `pkg:npm/${name}@1.2.0` };
});
const sbom = Buffer.from(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, metadata: { timestamp: '2026-12-01T00:00:00Z' }, components }));
t = performance.now();
const uploaded = await uploadEvidence(vendor, submission.id, { kind: 'sbom', filename: 'sbom.cdx.json', body: Readable.toWeb(Readable.from([sbom])) as ReadableStream<Uint8Array> });
const uploadMs = ms(t);
const [{ n: sbomMatches }] = await executePrepared<{ n: number }>(db, sql`select count(*)::int as n from advisory_matches where product_version_id = ${version.id}::uuid`);
t = performance.now();
await findStatementsForEvidence(db, uploaded.id);
const joinMs = ms(t);
const [{ n: storedAdvisories }] = await executePrepared<{ n: number }>(db, sql`select count(*)::int as n from advisories`);
console.log(`3. 5 000-component SBOM uploaded, parsed, indexed and matched against ${storedAdvisories} stored advisories: ${uploadMs.toFixed(0)} ms (${sbomMatches} matches)`);
console.log(`   bare join of its components with the stored statements: ${joinMs.toFixed(0)} ms`);

await database.drop();
fs.rmSync(process.env.DATA_DIR, { recursive: true, force: true });
process.exit(0);
