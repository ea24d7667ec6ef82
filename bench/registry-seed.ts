// Seeds a bench PostgreSQL database with a large public registry: vendors, labs, products, versions,
// approved submissions and their certificates (denormalised columns, generated search prefixes), fast:
// rows are generated here and inserted with `insert … select from unnest(…)`, one statement per
// batch and table. Ends with VACUUM ANALYZE, as autovacuum would leave a table this size.
// Usage: BENCH_KEEP=1 BENCH_DATABASE_NAME=tl_bench_registry npx tsx --conditions=react-server bench/registry-seed.ts \
//          [--certificates 100000] [--vendors 400] [--labs 40] [--batch 10000] [--seed 42]
import crypto from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';
import { segmentForNetworkFunction } from '@/lib/catalogue/segment-for-network-function';
import { EXPIRY_JOB_INTERVAL_MS } from '@/lib/certificates/expiry-job';
import { createBenchDatabase } from './bench-database';

const { values } = parseArgs({
  options: {
    certificates: { type: 'string', default: '100000' },
    vendors: { type: 'string', default: '400' },
    labs: { type: 'string', default: '40' },
    batch: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '42' },
  },
});
const target = Number(values.certificates);
const vendorCount = Number(values.vendors);
const labCount = Number(values.labs);
const batchSize = Number(values.batch);

// A small deterministic PRNG (mulberry32), so two seeds with the same --seed build the same registry.
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const uuid = () => crypto.randomUUID();

const VENDOR_STEMS = [
  'Nordwave', 'Kestrel', 'Meridian', 'Borealis', 'Halcyon', 'Solstice', 'Arcadia', 'Cobalt', 'Vantage', 'Tidewater',
  'Stratos', 'Helix', 'Quasar', 'Lumen', 'Granite', 'Ostara', 'Pioneer', 'Zephyr', 'Cascade', 'Orion',
  'Summit', 'Beacon', 'Evergreen', 'Ironbridge', 'Silverline', 'Northstar', 'Bluefjord', 'Redwood', 'Alder', 'Sørlandet',
  'Ljubljana', 'Müllerhaus', 'Ōkami', 'Çelik', 'Brightpath', 'Keystone', 'Windmere', 'Falkirk', 'Ridgeback', 'Skylark',
];
const VENDOR_SUFFIXES = ['Networks', 'Telecom', 'Radio Systems', 'Communications', 'Technologies', 'Wireless', 'Systems', 'Mobile', 'Infrastructure', 'Labs & Devices'];
const LAB_STEMS = ['Meridian', 'Sentinel', 'Aegis', 'Bastion', 'Citadel', 'Vigil', 'Rampart', 'Warden', 'Paladin', 'Custodian', 'Keystone', 'Lighthouse', 'Anchor', 'Bulwark', 'Garrison'];
const LAB_SUFFIXES = ['Security Labs', 'Test House', 'Assurance', 'Evaluation Centre', 'Cyber Lab'];
const PRODUCT_STEMS = [
  'Aurora', 'Polar', 'Falcon', 'Kite', 'Osprey', 'Glacier', 'Tundra', 'Harbor', 'Vortex', 'Atlas',
  'Comet', 'Nimbus', 'Pulsar', 'Sierra', 'Delta', 'Echo', 'Fjord', 'Granite', 'Horizon', 'Iris',
  'Jade', 'Krypton', 'Lynx', 'Mistral', 'Nova', 'Onyx', 'Prism', 'Quill', 'Raven', 'Sable',
];
const PRODUCT_KINDS: Record<string, string[]> = {
  ran: ['Baseband', 'Radio Unit', 'Macro Cell', 'Small Cell', 'Massive MIMO', 'AirScale'],
  core: ['Core', 'Cloud Core', 'Edge', 'Controller', 'Gateway', 'Function'],
  transport: ['Router', 'Switch', 'Backhaul'],
};
const COUNTRIES = ['SE', 'FI', 'DE', 'FR', 'NL', 'NO', 'DK', 'PL', 'ES', 'IT', 'JP', 'KR', 'US', 'GB', 'SI', 'TR'];

const database = await createBenchDatabase(4);
const client = postgres(database.url as string, { max: 2, onnotice: () => {} });
const started = performance.now();

const [{ n: existing }] = await client<{ n: number }[]>`select count(*)::int as n from certificates`;
if (existing >= target) {
  console.log(JSON.stringify({ bench: 'registry-seed', database: database.name, certificates: existing, note: 'already seeded' }));
  await client.end();
  await database.close();
  process.exit(0);
}
if (existing > 0) throw new Error(`${database.name} holds ${existing} certificates; drop it or seed another database.`);

/** Inserts rows column-wise: one array parameter per column, one statement per batch. */
async function insertColumns(tx: postgres.TransactionSql, table: string, columns: [name: string, type: string][], rows: unknown[][]) {
  for (let i = 0; i < rows.length; i += batchSize) {
    const slice = rows.slice(i, i + batchSize);
    // Sent as text arrays and cast on the server: postgres.js cannot infer every array type (boolean[]).
    const text = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v));
    const arrays = columns.map((_, c) => slice.map((r) => text(r[c])));
    const names = columns.map(([name]) => `"${name}"`).join(', ');
    const unnest = columns.map(([, type], c) => `$${c + 1}::text[]::${type}[]`).join(', ');
    await tx.unsafe(`insert into ${table} (${names}) select * from unnest(${unnest})`, arrays as never[]);
  }
}

const uniqueNames = (count: number, stems: string[], suffixes: string[], tag: string) => {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const base = `${stems[i % stems.length]} ${suffixes[Math.floor(i / stems.length) % suffixes.length]}`;
    const round = Math.floor(i / (stems.length * suffixes.length));
    names.push(round === 0 ? base : `${base} ${tag} ${round + 1}`);
  }
  return names;
};

const vendors = uniqueNames(vendorCount, VENDOR_STEMS, VENDOR_SUFFIXES, 'Region').map((name) => ({ id: uuid(), name, userId: uuid() }));
const labs = uniqueNames(labCount, LAB_STEMS, LAB_SUFFIXES, 'Site').map((name) => ({ id: uuid(), name }));
const regulator = { id: uuid(), name: 'Bench National Regulator', userId: uuid() };

// Vendors are unequal, as in the market: a few hold most certificates (Zipf-like weights).
const vendorWeights = vendors.map((_, i) => 1 / (i + 1) ** 0.8);
const weightTotal = vendorWeights.reduce((a, b) => a + b, 0);
const cumulative = vendorWeights.map(((sum) => (w: number) => (sum += w / weightTotal))(0));
const pickVendor = () => {
  const r = random();
  const i = cumulative.findIndex((c) => c >= r);
  return vendors[i === -1 ? vendors.length - 1 : i];
};

type Product = { id: string; vendor: (typeof vendors)[number]; name: string; model: string; nf: string; segment: string; versions: number };
const products: Product[] = [];
const productsOfVendor = new Map<string, Product[]>();
function productFor(vendor: (typeof vendors)[number]): Product {
  const own = productsOfVendor.get(vendor.id) ?? [];
  // Reuse a product for a new version most of the time; vendors release many versions of each.
  if (own.length > 0 && random() < 0.85) return pick(own);
  const nf = pick(NETWORK_FUNCTIONS);
  const segment = segmentForNetworkFunction(nf);
  const stem = pick(PRODUCT_STEMS);
  const product: Product = {
    id: uuid(),
    vendor,
    name: `${stem} ${nf} ${pick(PRODUCT_KINDS[segment])}`,
    model: `${stem.slice(0, 2).toUpperCase()}-${nf.replace(/[^A-Za-z]/g, '').toUpperCase()}-${100 + Math.floor(random() * 9000)}`,
    nf,
    segment,
    versions: 0,
  };
  own.push(product);
  productsOfVendor.set(vendor.id, own);
  products.push(product);
  return product;
}

const SPECS: Record<string, string> = { ran: 'TS 33.511', core: 'TS 33.512', transport: 'TS 33.117' };
const now = Date.now();
const DAY = 86_400_000;
type Generated = { issuedAt: Date; version: unknown[]; submission: unknown[]; certificate: unknown[] };
const generated: Generated[] = [];
for (let i = 0; i < target; i++) {
  const vendor = pickVendor();
  const product = productFor(vendor);
  product.versions += 1;
  const major = 1 + Math.floor(product.versions / 20);
  const label = `${major}.${Math.floor(product.versions / 4) % 5}.${product.versions % 4}${random() < 0.05 ? '-lts' : ''}`;
  const lab = pick(labs);
  // Issued over the last three years; valid 24 months, so about a third have expired.
  const issuedAt = new Date(now - Math.floor(random() * 3 * 365 * DAY) - Math.floor(random() * DAY));
  const expiresAt = new Date(issuedAt);
  expiresAt.setUTCMonth(expiresAt.getUTCMonth() + 24);
  const roll = random();
  const status = roll < 0.05 ? 'revoked' : roll < 0.11 ? 'suspended' : 'valid';
  const review = random() < 0.01 ? new Date(issuedAt.getTime() + Math.floor(random() * 300 * DAY)) : null;
  const isReviewed = review !== null && review.getTime() < now;
  // The expiry job (every 10 minutes) has logged every expiry but those of the last interval.
  const expiryLoggedAt = new Date(expiresAt.getTime() + Math.floor(random() * EXPIRY_JOB_INTERVAL_MS));
  const isExpiryLogged = status !== 'revoked' && expiryLoggedAt.getTime() <= now;
  const versionId = uuid();
  const submissionId = uuid();
  const specVersions = `TS 33.117 17.${2 + (i % 3)}.0; ${SPECS[product.segment]} 17.${1 + (i % 4)}.0`;
  generated.push({
    issuedAt,
    version: [versionId, product.id, label],
    submission: [submissionId, versionId, vendor.id, lab.id, 'approved', 1, vendor.userId, issuedAt, issuedAt],
    certificate: [
      uuid(), submissionId, versionId, vendor.id, lab.id, 'NESAS/SCAS', status, issuedAt, expiresAt,
      product.name, product.model, label, vendor.name, lab.name, product.nf, product.segment, specVersions,
      isReviewed ? review : null, isReviewed ? 'Critical vulnerability reported' : null, isExpiryLogged ? expiryLoggedAt : null,
    ],
  });
}
// Rows go in as a live registry writes them, in issue order, so the table's physical order follows
// issued_at the way it does in production (and the planner's correlation statistics say so).
generated.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime());
const versionRows = generated.map((g) => g.version);
const submissionRows = generated.map((g) => g.submission);
const certificateRows = generated.map((g) => g.certificate);
const generatedMs = performance.now() - started;

const timings: Record<string, number> = {};
const timed = async (name: string, work: () => Promise<unknown>) => {
  const t = performance.now();
  await work();
  timings[name] = Math.round(performance.now() - t);
};

await client.begin(async (tx) => {
  await tx`set local synchronous_commit = off`;
  await timed('organizations', () =>
    insertColumns(tx, 'organizations', [['id', 'uuid'], ['name', 'text'], ['kind', 'org_kind'], ['country', 'text']], [
      ...vendors.map((v) => [v.id, v.name, 'vendor', pick(COUNTRIES)]),
      ...labs.map((l) => [l.id, l.name, 'lab', pick(COUNTRIES)]),
      [regulator.id, regulator.name, 'regulator', 'SE'],
    ]),
  );
  await timed('users', () =>
    insertColumns(tx, 'users', [['id', 'uuid'], ['email', 'text'], ['name', 'text'], ['password_hash', 'text'], ['org_id', 'uuid']], [
      ...vendors.map((v, i) => [v.userId, `vendor-${i}@bench.example`, `Vendor user ${i}`, '!bench-no-login', v.id]),
      [regulator.userId, 'regulator@bench.example', 'Regulator', '!bench-no-login', regulator.id],
    ]),
  );
  await timed('products', () =>
    insertColumns(
      tx,
      'products',
      [['id', 'uuid'], ['vendor_org_id', 'uuid'], ['name', 'text'], ['model', 'text'], ['network_function', 'text'], ['segment', 'network_segment'], ['is_virtualized', 'boolean']],
      products.map((p) => [p.id, p.vendor.id, p.name, p.model, p.nf, p.segment, p.segment === 'core' && random() < 0.5]),
    ),
  );
  // As a bulk load would: the versions' search prefixes are set in one pass afterwards instead of by
  // the per-row trigger (migration 0013), and through GIN's pending list.
  await tx`alter table product_versions disable trigger product_versions_search`;
  await tx`alter index product_versions_search_idx set (fastupdate = on)`;
  await timed('productVersions', () => insertColumns(tx, 'product_versions', [['id', 'uuid'], ['product_id', 'uuid'], ['version', 'text']], versionRows));
  await timed('productVersionSearch', async () => {
    await tx`update product_versions set search_prefixes = product_version_search_prefixes(product_id, version)`;
    await tx`select gin_clean_pending_list('product_versions_search_idx')`;
    await tx`alter index product_versions_search_idx set (fastupdate = off)`;
    await tx`alter table product_versions enable trigger product_versions_search`;
  });
  await timed('submissions', () =>
    insertColumns(
      tx,
      'submissions',
      [['id', 'uuid'], ['product_version_id', 'uuid'], ['vendor_org_id', 'uuid'], ['lab_org_id', 'uuid'], ['state', 'submission_state'], ['review_round', 'int4'], ['created_by', 'uuid'], ['submitted_at', 'timestamptz'], ['updated_at', 'timestamptz']],
      submissionRows,
    ),
  );
  // A bulk load goes through GIN's pending list (merged into the index once at the end), as a
  // bulk load would; the app writes the text index directly (db/schema/certificates.ts).
  await tx`alter index certificates_search_idx set (fastupdate = on)`;
  await timed('certificates', () =>
    insertColumns(
      tx,
      'certificates',
      [
        ['id', 'uuid'], ['submission_id', 'uuid'], ['product_version_id', 'uuid'], ['vendor_org_id', 'uuid'], ['lab_org_id', 'uuid'],
        ['scheme', 'text'], ['status', 'certificate_status'], ['issued_at', 'timestamptz'], ['expires_at', 'timestamptz'],
        ['product_name', 'text'], ['product_model', 'text'], ['version_label', 'text'], ['vendor_name', 'text'], ['lab_name', 'text'],
        ['network_function', 'text'], ['segment', 'network_segment'], ['spec_versions', 'text'], ['review_required_at', 'timestamptz'], ['review_reason', 'text'],
        ['expiry_logged_at', 'timestamptz'],
      ],
      certificateRows,
    ),
  );
  await timed('searchIndex', async () => {
    await tx`select gin_clean_pending_list('certificates_search_idx')`;
    await tx`alter index certificates_search_idx set (fastupdate = off)`;
  });
});
await timed('vacuumAnalyze', async () => {
  for (const table of ['organizations', 'products', 'product_versions', 'submissions', 'certificates']) await client.unsafe(`vacuum analyze ${table}`);
});

const [stats] = await client<{ certificates: number; expired: number; revoked: number; suspended: number; underReview: number; size: string }[]>`
  select count(*)::int as certificates,
         count(*) filter (where status <> 'revoked' and expires_at <= now())::int as expired,
         count(*) filter (where status = 'revoked')::int as revoked,
         count(*) filter (where status = 'suspended' and expires_at > now())::int as suspended,
         count(*) filter (where review_required_at is not null)::int as "underReview",
         pg_size_pretty(pg_total_relation_size('certificates')) as size
  from certificates`;
console.log(
  JSON.stringify({
    bench: 'registry-seed',
    database: database.name,
    cpus: os.cpus().length,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    vendors: vendors.length,
    labs: labs.length,
    products: products.length,
    ...stats,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    generateMs: Math.round(generatedMs),
    insertMs: timings,
  }),
);
await client.end();
await database.drop();
