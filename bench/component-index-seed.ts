// Seeds a bench PostgreSQL database with the component index of N certified product versions × M
// SBOM components each (default 10,000 × 300 = 3,000,000 sbom_components rows), entirely in SQL with
// generate_series: vendors, products, versions, approved submissions, valid certificates, one
// certified SBOM evidence row per version, and its components drawn from a catalogue of 20,070
// packages with a realistic purl mix (maven, npm, pypi, deb with distro/arch qualifiers, golang,
// generic). Popularity is skewed the way real SBOMs are: 90 "popular" packages (log4j-core, lodash,
// openssl…) appear in about a third of all SBOMs each, the long tail in about 150. The index's own
// secondary indexes are dropped during the load and rebuilt from their migration definitions, and
// its foreign-key triggers skipped (the referenced rows are inserted in the same transaction).
// Ends with VACUUM ANALYZE.
// Usage: BENCH_KEEP=1 BENCH_DATABASE_NAME=tl_bench_components npx tsx --conditions=react-server bench/component-index-seed.ts \
//          [--versions 10000] [--components 300]
import os from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { createBenchDatabase } from './bench-database';

const { values } = parseArgs({ options: { versions: { type: 'string', default: '10000' }, components: { type: 'string', default: '300' } } });
const versionCount = Number(values.versions);
const perSbom = Number(values.components);
const POPULAR = 90;
const POPULAR_SLOTS = 30;
const TAIL_BAND = 74;

const database = await createBenchDatabase(2);
const sql = postgres(database.url as string, { max: 1, onnotice: () => {} });
const started = performance.now();
const [{ n: existing }] = await sql<{ n: number }[]>`select count(*)::int as n from sbom_components`;
if (existing > 0) {
  console.log(JSON.stringify({ bench: 'component-index-seed', database: database.name, rows: existing, note: 'already seeded' }));
  await sql.end();
  await database.close();
  process.exit(0);
}

const timings: Record<string, number> = {};
const timed = async (name: string, work: () => Promise<unknown>) => {
  const t = performance.now();
  await work();
  timings[name] = Math.round(performance.now() - t);
};

const vendorCount = 100;
await sql.begin(async (tx) => {
  await tx`set local synchronous_commit = off`;
  await tx`set local maintenance_work_mem = '512MB'`;
  await timed('organizations', async () => {
    await tx`insert into organizations (id, name, kind, country)
      select ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'Bench Vendor ' || g, 'vendor', 'SE' from generate_series(1, ${vendorCount}) g`;
    await tx`insert into organizations (id, name, kind, country) values
      ('00000000-0000-4000-9000-000000000001', 'Bench Lab', 'lab', 'DE'), ('00000000-0000-4000-9000-000000000002', 'Bench Regulator', 'regulator', 'SE')`;
    await tx`insert into users (id, email, name, password_hash, org_id)
      select ('00000000-0000-4000-a000-' || lpad(to_hex(g), 12, '0'))::uuid, 'vendor' || g || '@bench.example', 'Vendor ' || g, 'x',
             ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid from generate_series(1, ${vendorCount}) g`;
  });
  await timed('products, versions, submissions, certificates, evidence', async () => {
    await tx`create temp table bench_versions on commit drop as
      select g, gen_random_uuid() as version_id, gen_random_uuid() as submission_id, gen_random_uuid() as evidence_id,
             ((g - 1) % ${vendorCount}) + 1 as vendor, ((g - 1) % 2000) + 1 as product,
             now() - (g % 900) * interval '1 day' as issued_at
      from generate_series(1, ${versionCount}) g`;
    await tx`insert into products (id, vendor_org_id, name, network_function, segment)
      select ('00000000-0000-4000-b000-' || lpad(to_hex(p), 12, '0'))::uuid,
             ('00000000-0000-4000-8000-' || lpad(to_hex(((p - 1) % ${vendorCount}) + 1), 12, '0'))::uuid,
             'Bench gNB ' || p, 'gNB', 'ran' from generate_series(1, least(2000, ${versionCount})) p`;
    await tx`insert into product_versions (id, product_id, version)
      select version_id, ('00000000-0000-4000-b000-' || lpad(to_hex(product), 12, '0'))::uuid, '1.' || g from bench_versions`;
    await tx`insert into submissions (id, product_version_id, vendor_org_id, lab_org_id, state, review_round, created_by, submitted_at)
      select submission_id, version_id, ('00000000-0000-4000-8000-' || lpad(to_hex(vendor), 12, '0'))::uuid,
             '00000000-0000-4000-9000-000000000001', 'approved', 1, ('00000000-0000-4000-a000-' || lpad(to_hex(vendor), 12, '0'))::uuid, issued_at
      from bench_versions`;
    await tx`insert into certificates (submission_id, product_version_id, vendor_org_id, lab_org_id, scheme, status, issued_at, expires_at,
                                       product_name, version_label, vendor_name, lab_name, network_function, segment)
      select submission_id, version_id, ('00000000-0000-4000-8000-' || lpad(to_hex(vendor), 12, '0'))::uuid,
             '00000000-0000-4000-9000-000000000001', 'NESAS/SCAS', 'valid', issued_at, issued_at + interval '3 years',
             'Bench gNB ' || product, '1.' || g, 'Bench Vendor ' || vendor, 'Bench Lab', 'gNB', 'ran'
      from bench_versions`;
    await tx`insert into evidence (id, submission_id, kind, filename, media_type, size, sha256, visibility, uploaded_by, uploader_org_id, created_at)
      select evidence_id, submission_id, 'sbom', 'sbom.cdx.json', 'application/vnd.cyclonedx+json', 1000000, encode(sha256(evidence_id::text::bytea), 'hex'),
             'certified', ('00000000-0000-4000-a000-' || lpad(to_hex(vendor), 12, '0'))::uuid,
             ('00000000-0000-4000-8000-' || lpad(to_hex(vendor), 12, '0'))::uuid, issued_at - interval '30 days'
      from bench_versions`;
  });
  await timed('package catalogue', async () => {
    // Package 0 is log4j-core, the rest a mix by n % 20: 6 maven, 6 npm, 3 pypi, 2 deb, 2 golang, 1 generic.
    await tx`create temp table bench_packages on commit drop as
      select n,
        case when n = 0 then 'maven' else (array['maven','maven','maven','maven','maven','maven','npm','npm','npm','npm','npm','npm',
              'pypi','pypi','pypi','deb','deb','golang','golang','generic'])[(n % 20) + 1] end as type,
        n % 3 as flavour
      from generate_series(0, ${POPULAR + TAIL_BAND * (perSbom - POPULAR_SLOTS)}) n`;
    await tx`alter table bench_packages add column package_key text, add column name text, add column qualifiers jsonb`;
    await tx`update bench_packages set
      name = case when n = 0 then 'log4j-core' when type = 'golang' then 'mod' || n else 'pkg' || n end,
      package_key = case
        when n = 0 then 'pkg:maven/org.apache.logging.log4j/log4j-core'
        when type = 'maven' then 'pkg:maven/org.bench' || (n % 97) || '/pkg' || n
        when type = 'npm' and flavour = 0 then 'pkg:npm/%40bench' || (n % 31) || '/pkg' || n
        when type = 'npm' then 'pkg:npm/pkg' || n
        when type = 'pypi' then 'pkg:pypi/pkg' || n
        when type = 'deb' then 'pkg:deb/' || (array['debian','debian','ubuntu'])[flavour + 1] || '/pkg' || n
        when type = 'golang' then 'pkg:golang/github.com/bench' || (n % 53) || '/mod' || n
        else 'pkg:generic/pkg' || n end,
      qualifiers = case when type = 'deb' then jsonb_build_object('arch', 'amd64', 'distro', (array['debian-11','debian-12','ubuntu-22.04'])[flavour + 1])
                        else '{}'::jsonb end`;
    await tx`create unique index on bench_packages (n)`;
  });
  const indexes = await tx<{ indexname: string; indexdef: string }[]>`
    select indexname, indexdef from pg_indexes where tablename = 'sbom_components' and indexname <> 'sbom_components_pkey'`;
  await timed('drop secondary indexes', async () => {
    for (const index of indexes) await tx.unsafe(`drop index "${index.indexname}"`);
  });
  await timed('sbom_components', async () => {
    // The rows reference what this transaction just inserted: skip the three foreign-key triggers per row.
    await tx`set local session_replication_role = replica`;
    // Slot g of every SBOM draws from its own band of the catalogue, so no SBOM lists a package twice:
    // slots 1-30 from bands of 3 popular packages, slots 31-300 from bands of 74 tail packages.
    await tx`insert into sbom_components (evidence_id, submission_id, product_version_id, purl_type, package_key, qualifiers, purl, name, version, cpe)
      select v.evidence_id, v.submission_id, v.version_id, p.type, p.package_key, p.qualifiers,
             p.package_key || '@' || c.version || case when p.type = 'deb' then '?arch=amd64&distro=' || (p.qualifiers->>'distro') else '' end,
             p.name, c.version,
             case when p.type = 'generic' then 'cpe:2.3:a:bench:' || p.name || ':' || c.version || ':*:*:*:*:*:*:*' end
      from bench_versions v
      cross join lateral (
        select g, case when g <= ${POPULAR_SLOTS} then (g - 1) * 3 + floor(random() * 3)::int
                       else ${POPULAR} + (g - ${POPULAR_SLOTS} - 1) * ${TAIL_BAND} + floor(random() * ${TAIL_BAND})::int end as n,
               floor(random() * 10)::int as r
        from generate_series(1, ${perSbom}) g where v.g > 0
      ) slot
      join bench_packages p on p.n = slot.n
      cross join lateral (
        select case when p.n = 0 then (array['2.14.1','2.15.0','2.16.0','2.17.0','2.17.1','2.12.1','2.13.3','2.11.2','2.10.0','2.8.2'])[slot.r + 1]
                    when p.type = 'golang' then 'v1.' || slot.r || '.0'
                    when p.type = 'deb' then '1.' || slot.r || '-' || (1 + p.n % 4)
                    else '1.' || slot.r || '.' || (p.n % 7) end as version
      ) c
      order by v.g`;
    await tx`set local session_replication_role = origin`;
  });
  await timed('rebuild secondary indexes', async () => {
    for (const index of indexes) await tx.unsafe(index.indexdef);
  });
});
await timed('vacuum analyze', () => sql`vacuum analyze`);
const [{ rows, size }] = await sql<{ rows: number; size: string }[]>`
  select count(*)::int as rows, pg_size_pretty(pg_total_relation_size('sbom_components')) as size from sbom_components`;
await sql.end();
await database.drop();
console.log(
  JSON.stringify({
    bench: 'component-index-seed',
    database: database.name,
    versions: versionCount,
    componentsPerSbom: perSbom,
    rows,
    tableWithIndexes: size,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    timingsMs: timings,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  }),
);
