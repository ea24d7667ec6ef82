import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { addEvidenceRow, createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { makeOrgUser } from '../helpers/actors';
import { expectWellFormedXml } from '../unit/registry/well-formed-xml';
import type { Actor } from '@/lib/authz/actor';
import { config } from '@/lib/config';
import { ServiceError } from '@/lib/errors';
import { unsafeAppendUntypedEntry } from '@/lib/log/store/append-entry';
import { runExpiryJob } from '@/lib/certificates/expiry-job';
import { createProduct } from '@/lib/products/commands/create-product';
import { createProductVersion } from '@/lib/products/commands/create-product-version';
import { suspendCertificate } from '@/lib/certificates/commands/certificate-action';
import { getRegistryFilterOptions, isRegistryEmpty, listRegistry } from '@/lib/registry/read-registry';
import { type RegistryItemDto } from '@/lib/registry/registry-dto';
import { getRegistryCertificate } from '@/lib/registry/read-registry-certificate';
import { exportRegistryCsv } from '@/lib/registry/registry-export';
import { getRegistryAtomFeed } from '@/lib/registry/registry-feed';
import { recordResults } from '@/lib/results/commands/record-results';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { searchText } from '@/lib/registry/search-query';
import { REGISTRY_SORTS } from '@/lib/validation/registry';
import { rowsOf } from '@/db/client';
import { countLogEntries } from '@/db/queries/log';
import { certificates } from '@/db/schema/certificates';
import { evidence, submissions } from '@/db/schema/submissions';
import { logEntries } from '@/db/schema/log';

const siteUrl = config().siteUrl.replace(/\/$/, '');
const COI = { conflictOfInterest: { hasConflict: false, statement: 'No ties to the vendor.' } };
const DAY = 86_400_000;

let database: TestDatabase;
let s: Scenario;
let wasEmptyAtStart: boolean;

beforeAll(async () => {
  database = await createTestDatabase();
  wasEmptyAtStart = await isRegistryEmpty();
  s = await createScenario('gNB');
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const statusOf = (p: Promise<unknown>) => p.then(() => 200, (e) => (e instanceof ServiceError ? e.status : Promise.reject(e)));
const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** Every page for `query`, following nextCursor. */
async function allPages(query: Record<string, unknown>) {
  const items: RegistryItemDto[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await listRegistry({ ...query, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

async function certificateOf(submissionId: string) {
  const [row] = await database.db.select().from(certificates).where(eq(certificates.submissionId, submissionId));
  return row;
}

async function insertSbom(submissionId: string, uploader: Actor, sha: string, visibility: 'assessment' | 'certified', componentCount: number) {
  await database.db.insert(evidence).values({
    submissionId,
    kind: 'sbom',
    filename: `sbom-${sha.slice(0, 4)}.cdx.json`,
    mediaType: 'application/vnd.cyclonedx+json',
    size: 100,
    sha256: sha,
    visibility,
    sbom: { format: 'cyclonedx', specVersion: '1.5', componentCount, serialNumber: null, components: [{ name: 'secret-lib', version: '1', purl: null, licenses: [] }] },
    uploadedBy: uploader.userId,
    uploaderOrgId: uploader.orgId,
  });
}

/**
 * The real path to a certificate: accepted, results recorded (the first applicable case fails, the
 * second does not apply), report and SBOMs attached, evaluation submitted, approved.
 */
async function certifiedThroughWorkflow(scenario: Scenario) {
  const row = await submissionInState(scenario, 'submitted');
  await performSubmissionAction(scenario.lab, row.id, 'accept', COI);
  await recordResults(scenario.lab, row.id, {
    results: scenario.testCaseIds.map((t, i) => ({ testCaseId: t.id, result: i === 0 ? 'fail' : i === 1 ? 'not_applicable' : 'pass', notes: 'lab-only note' })),
  });
  await addEvidenceRow(row.id, scenario.lab, 'evaluation_report');
  await insertSbom(row.id, scenario.vendor, 'c'.repeat(64), 'certified', 42);
  await insertSbom(row.id, scenario.vendor, 'd'.repeat(64), 'assessment', 7);
  await performSubmissionAction(scenario.lab, row.id, 'submit_evaluation', {});
  // A failed case: the approval must say why, and may attach conditions (both published).
  await performSubmissionAction(scenario.regulator, row.id, 'approve', {
    reason: 'The failed case is mitigated by the mandatory deployment guide.',
    conditions: ['Valid only with the management interface disabled'],
  });
  return { submissionId: row.id, certificate: await certificateOf(row.id) };
}

type CertificateSpec = {
  product?: string;
  model?: string | null;
  version?: string;
  vendorName?: string;
  networkFunction?: string;
  segment?: 'ran' | 'transport' | 'core';
  status?: 'valid' | 'suspended' | 'revoked';
  issuedAt?: Date | ReturnType<typeof sql>;
  expiresAt?: Date;
  underReview?: boolean;
  lab?: Actor;
  isLogged?: boolean;
  /** The expiry job has logged this certificate's expiry (sets `expiry_logged_at` to `expiresAt`). */
  isExpiryLogged?: boolean;
};

/** A certificate row written directly (with an approved submission under it), optionally with its certificate.issued entry. */
async function insertCertificate(vendor: Actor, spec: CertificateSpec = {}) {
  const lab = spec.lab ?? s.lab;
  const issuedAt = spec.issuedAt ?? new Date(Date.now() - 10 * DAY);
  return database.db.transaction(async (tx) => {
    const [sub] = await tx
      .insert(submissions)
      .values({ productVersionId: s.version.id, vendorOrgId: vendor.orgId, labOrgId: lab.orgId, state: 'approved', reviewRound: 1, createdBy: s.vendor.userId })
      .returning();
    const [cert] = await tx
      .insert(certificates)
      .values({
        submissionId: sub.id,
        productVersionId: s.version.id,
        vendorOrgId: vendor.orgId,
        labOrgId: lab.orgId,
        scheme: 'NESAS/SCAS',
        status: spec.status ?? 'valid',
        issuedAt: issuedAt as Date,
        expiresAt: spec.expiresAt ?? new Date(Date.now() + 365 * DAY),
        productName: spec.product ?? 'Generic Product',
        productModel: spec.model === undefined ? 'GP-1' : spec.model,
        versionLabel: spec.version ?? '1.0.0',
        vendorName: spec.vendorName ?? vendor.orgName,
        labName: lab.orgName,
        networkFunction: spec.networkFunction ?? 'gNB',
        segment: spec.segment ?? 'ran',
        specVersions: 'TS 33.117 18.1.0; TS 33.511 18.1.0',
        reviewRequiredAt: spec.underReview ? new Date() : null,
        reviewReason: spec.underReview ? 'Critical vulnerability reported' : null,
        expiryLoggedAt: spec.isExpiryLogged ? spec.expiresAt : null,
      })
      .returning();
    if (spec.isLogged) {
      await unsafeAppendUntypedEntry(tx, {
        type: 'certificate.issued',
        actor: s.regulator,
        subject: { kind: 'certificate', id: cert.id },
        data: { product: cert.productName, version: cert.versionLabel },
        now: cert.issuedAt,
      });
    }
    return cert;
  });
}

/** A regulator's certificate action as the certificate service will record it: the status change and its entry, together. */
async function logCertificateEvent(certificateId: string, type: 'certificate.suspended' | 'certificate.reinstated' | 'certificate.revoked', reason: string) {
  const status = type === 'certificate.suspended' ? 'suspended' : type === 'certificate.revoked' ? 'revoked' : 'valid';
  return database.db.transaction(async (tx) => {
    await tx.update(certificates).set({ status }).where(eq(certificates.id, certificateId));
    return unsafeAppendUntypedEntry(tx, { type, actor: s.regulator, subject: { kind: 'certificate', id: certificateId }, data: { reason } });
  });
}

async function callRoute(path: string) {
  const url = new URL(`http://localhost${path}`);
  if (url.pathname === '/api/v1/registry') return (await import('@/app/api/v1/registry/route')).GET(new Request(url), { params: Promise.resolve({}) });
  if (url.pathname === '/api/v1/registry/export.csv') return (await import('@/app/api/v1/registry/export.csv/route')).GET(new Request(url), { params: Promise.resolve({}) });
  if (url.pathname === '/api/v1/registry/feed.atom') return (await import('@/app/api/v1/registry/feed.atom/route')).GET(new Request(url), { params: Promise.resolve({}) });
  const id = url.pathname.slice('/api/v1/registry/'.length);
  return (await import('@/app/api/v1/registry/[id]/route')).GET(new Request(url), { params: Promise.resolve({ id }) });
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (field += ch), i++;
    } else if (ch === '"') (quoted = true), i++;
    else if (ch === ',') record.push(field), (field = ''), i++;
    else if (ch === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), (i += 2);
    else (field += ch), i++;
  }
  if (field || record.length) throw new Error('CSV does not end with CRLF');
  return records;
}

describe('what the public sees', () => {
  it('tells an empty registry apart', () => {
    expect(wasEmptyAtStart).toBe(true);
  });

  it('lists a certificate issued through the workflow with what was certified, and never an uncertified submission', async () => {
    const hidden = await createProduct(s.vendor, { name: 'Zeppelin Hidden Radio', networkFunction: 'gNB' });
    const hiddenVersion = await createProductVersion(s.vendor, hidden.id, { version: '9.9.9' });
    for (const state of ['draft', 'submitted', 'under_review', 'rejected'] as const) {
      await database.db.insert(submissions).values({
        productVersionId: hiddenVersion.id,
        vendorOrgId: s.vendor.orgId,
        labOrgId: s.lab.orgId,
        state,
        createdBy: s.vendor.userId,
      });
    }
    const draft = await submissionInState(s, 'draft');
    const { certificate } = await certifiedThroughWorkflow(s);

    expect(await isRegistryEmpty()).toBe(false);
    const listed = await allPages({ vendor: s.vendor.orgId });
    expect(ids(listed)).toEqual([certificate.id]);
    expect(listed[0]).toEqual({
      id: certificate.id,
      status: 'valid',
      underReview: false,
      product: s.product.name,
      model: null,
      version: '1.0.0',
      vendor: { id: s.vendor.orgId, name: s.vendor.orgName },
      networkFunction: 'gNB',
      segment: 'ran',
      lab: { id: s.lab.orgId, name: s.lab.orgName },
      scheme: 'NESAS/SCAS',
      specVersions: expect.stringMatching(/^TS 33\.117 \S+; TS 33\.511 \S+$/),
      issuedAt: certificate.issuedAt.toISOString(),
      expiresAt: certificate.expiresAt.toISOString(),
    });
    expect((await listRegistry({ q: 'zeppelin' })).total).toBe(0);
    expect(await statusOf(getRegistryCertificate(draft.id))).toBe(404);
    const feed = await getRegistryAtomFeed({});
    expect(feed).not.toContain('Zeppelin');
    expect(feed).toContain(certificate.id);
  });

  it('reads without writing to the log', async () => {
    const [any] = await database.db.select().from(certificates).limit(1);
    const before = await countLogEntries(database.db);
    await listRegistry({ q: 'product' });
    await getRegistryFilterOptions();
    await getRegistryCertificate(any.id);
    await getRegistryAtomFeed({});
    await (await callRoute('/api/v1/registry/export.csv')).text();
    expect(await countLogEntries(database.db)).toBe(before);
  });
});

describe('search', () => {
  let vendor: Actor;
  const made = new Map<string, string>();
  beforeAll(async () => {
    vendor = await makeOrgUser('vendor', { orgName: `Quorvex Telecom ${Date.now()}` });
    for (const [product, model, version] of [
      ['Aurora Baseband', 'AB-1', '5.2.1'],
      ['Aurelia Core', 'AC-7', '1.0.0'],
      ['Polar AMF', 'PX-AMF', '2.1.0'],
      ["O'Brien Edge", null, '3.0'],
    ] as const) {
      made.set(product, (await insertCertificate(vendor, { product, model, version })).id);
    }
  });
  const search = async (q: string) => ids(await allPages({ q, vendor: vendor.orgId })).sort();
  const named = (...names: string[]) => names.map((n) => made.get(n)!).sort();

  it('matches each word as a prefix of product, model, version, vendor and lab names, case-insensitively', async () => {
    expect(await search('aur')).toEqual(named('Aurora Baseband', 'Aurelia Core'));
    expect(await search('AURORA')).toEqual(named('Aurora Baseband'));
    expect(await search('quorv')).toEqual(named('Aurora Baseband', 'Aurelia Core', 'Polar AMF', "O'Brien Edge"));
    expect(await search('quorvex polar')).toEqual(named('Polar AMF'));
    expect(await search('px-amf')).toEqual(named('Polar AMF'));
    expect(await search('aurora 5.2')).toEqual(named('Aurora Baseband'));
    expect(await search("o'brien")).toEqual(named("O'Brien Edge"));
    expect(await search('polar baseband')).toEqual([]);
  });

  it('finds a lab and a network function by name', async () => {
    const lab = s.lab.orgName.split(' ')[0];
    expect(await search(lab)).toHaveLength(4);
    expect(await search('gnb')).toHaveLength(4);
  });

  it('treats query syntax as plain words and a search without words as no search', async () => {
    for (const q of ["aur'); drop table certificates; --", 'aur:* | !polar', 'aur & (', '\\aur']) {
      expect(await statusOf(listRegistry({ q, vendor: vendor.orgId })), q).toBe(200);
    }
    expect(await search('aur | polar')).toEqual([]);
    expect(await search('aur | baseband')).toEqual(named('Aurora Baseband'));
    expect(await search('&|!:*')).toHaveLength(4);
    expect(await search('   ')).toHaveLength(4);
  });
});

describe('word prefixes stored for search', () => {
  // Words over a tiny alphabet with the joiners the parser treats specially, so that queries and
  // documents share prefixes often.
  const part = fc.stringMatching(/^[ab1]{1,3}$/);
  const word = fc.oneof(
    part,
    fc.array(part, { minLength: 2, maxLength: 3 }).map((p) => p.join('-')),
    fc.array(fc.stringMatching(/^[1-3]$/), { minLength: 2, maxLength: 3 }).map((p) => p.join('.')),
    fc.tuple(part, part).map(([a, b]) => `${a}_${b}`),
  );
  const words = fc.array(word, { minLength: 1, maxLength: 4 });

  it('match a search exactly when every word of it is a prefix of a word of the document', async () => {
    // Half the searches are cut from the document's own words, half are unrelated.
    const cases = fc
      .sample(fc.record({ document: words, other: words, cut: fc.nat(), isDerived: fc.boolean() }), 400)
      .map(({ document, other, cut, isDerived }) => ({
        document: document.join(' '),
        query: isDerived ? document.map((w, i) => (i === cut % document.length ? w.slice(0, 1 + (cut % w.length)) : w)).join(' ') : other.join(' '),
      }));
    const counted = rowsOf<{ differing: number; matching: number }>(
      await database.db.execute(sql`
        select count(*) filter (where found <> expected)::int as "differing", count(*) filter (where found)::int as "matching"
        from (
          select certificate_search_prefixes(c.document) @@ plainto_tsquery('simple', c.query) as found,
                 not exists (
                   select 1 from unnest(tsvector_to_array(to_tsvector('simple', c.query))) as q
                   where not exists (select 1 from unnest(tsvector_to_array(to_tsvector('simple', c.document))) as d where starts_with(d, q))
                 ) as expected
          from jsonb_to_recordset(${JSON.stringify(cases)}::jsonb) as c(document text, query text)
        ) as checked`),
    );
    expect(counted[0].differing).toBe(0);
    expect(counted[0].matching).toBeGreaterThan(100);
  });

  it('cap a stored prefix at 64 characters, as searches cut their words', async () => {
    const long = 'x'.repeat(80);
    const [row] = rowsOf<{ prefixes: number; found: boolean }>(
      await database.db.execute(sql`select length(certificate_search_prefixes(${long})) as "prefixes",
        certificate_search_prefixes(${long}) @@ plainto_tsquery('simple', ${searchText(long)}) as "found"`),
    );
    expect(row).toEqual({ prefixes: 64, found: true });
  });
});

describe('filters', () => {
  let vendor: Actor;
  let otherLab: Actor;
  const c: Record<string, string> = {};
  beforeAll(async () => {
    vendor = await makeOrgUser('vendor');
    otherLab = s.otherLab;
    const past = new Date(Date.now() - DAY);
    c.valid = (await insertCertificate(vendor, { product: 'Valid One' })).id;
    c.suspended = (await insertCertificate(vendor, { product: 'Suspended One', status: 'suspended', networkFunction: 'AMF', segment: 'core', lab: otherLab })).id;
    c.revokedPastExpiry = (await insertCertificate(vendor, { product: 'Revoked One', status: 'revoked', expiresAt: past, networkFunction: 'AMF', segment: 'core' })).id;
    c.expiredValid = (await insertCertificate(vendor, { product: 'Expired One', expiresAt: past })).id;
    c.expiredSuspended = (await insertCertificate(vendor, { product: 'Expired Suspended', status: 'suspended', expiresAt: new Date(Date.now() - 1000), segment: 'transport', networkFunction: 'MnF' })).id;
    c.underReview = (await insertCertificate(vendor, { product: 'Reviewed One', underReview: true, lab: otherLab })).id;
  });
  const find = async (query: Record<string, string>) => ids(await allPages({ ...query, vendor: vendor.orgId })).sort();
  const some = (...keys: string[]) => keys.map((k) => c[k]).sort();

  it('shows the effective status: expired from expiresAt on unless revoked, and the review flag', async () => {
    const byId = new Map((await allPages({ vendor: vendor.orgId })).map((i) => [i.id, i]));
    expect(byId.get(c.valid)).toMatchObject({ status: 'valid', underReview: false });
    expect(byId.get(c.suspended)).toMatchObject({ status: 'suspended' });
    expect(byId.get(c.revokedPastExpiry)).toMatchObject({ status: 'revoked' });
    expect(byId.get(c.expiredValid)).toMatchObject({ status: 'expired' });
    expect(byId.get(c.expiredSuspended)).toMatchObject({ status: 'expired' });
    expect(byId.get(c.underReview)).toMatchObject({ status: 'valid', underReview: true });
  });

  it('filters by status with the same rules', async () => {
    expect(await find({ status: 'valid' })).toEqual(some('valid', 'underReview'));
    expect(await find({ status: 'suspended' })).toEqual(some('suspended'));
    expect(await find({ status: 'revoked' })).toEqual(some('revokedPastExpiry'));
    expect(await find({ status: 'expired' })).toEqual(some('expiredValid', 'expiredSuspended'));
    expect(await find({ status: 'under_review' })).toEqual(some('underReview'));
  });

  it('pages through expired and under-review certificates (found by filtering first) in every order', async () => {
    for (const status of ['expired', 'under_review', 'valid']) {
      for (const sort of REGISTRY_SORTS) {
        for (const dir of ['asc', 'desc'] as const) {
          const whole = await listRegistry({ vendor: vendor.orgId, status, sort, dir, limit: 200 });
          const paged = await allPages({ vendor: vendor.orgId, status, sort, dir, limit: 1 });
          expect(ids(paged), `${status} ${sort} ${dir}`).toEqual(ids(whole.items));
          expect(whole.total).toBe(whole.items.length);
        }
      }
    }
  });

  it('filters by network function, segment, vendor and lab, alone and together', async () => {
    expect(await find({ networkFunction: 'AMF' })).toEqual(some('suspended', 'revokedPastExpiry'));
    expect(await find({ networkFunction: 'UPF' })).toEqual([]);
    expect(await find({ segment: 'core' })).toEqual(some('suspended', 'revokedPastExpiry'));
    expect(await find({ segment: 'transport' })).toEqual(some('expiredSuspended'));
    expect(await find({ lab: otherLab.orgId })).toEqual(some('suspended', 'underReview'));
    expect(await find({ lab: otherLab.orgId, status: 'suspended' })).toEqual(some('suspended'));
    expect(await find({ segment: 'core', status: 'expired' })).toEqual([]);
    expect(await find({ q: 'expired', status: 'expired', segment: 'ran' })).toEqual(some('expiredValid'));
    expect(ids(await allPages({ vendor: vendor.orgId }))).toHaveLength(6);
    expect(ids(await allPages({ vendor: s.otherVendor.orgId }))).toEqual([]);
  });

  it('counts the matches and offers the vendors, labs and functions present', async () => {
    const page = await listRegistry({ vendor: vendor.orgId, limit: 2 });
    expect(page).toMatchObject({ total: 6, isTotalCapped: false });
    expect(page.items).toHaveLength(2);
    const options = await getRegistryFilterOptions();
    expect(options.vendors.map((v) => v.id)).toEqual(expect.arrayContaining([vendor.orgId, s.vendor.orgId]));
    expect(options.vendors.map((v) => v.id)).not.toContain(s.otherVendor.orgId);
    expect(options.labs.map((l) => l.id)).toEqual(expect.arrayContaining([s.lab.orgId, otherLab.orgId]));
    expect(options.labs.every((l) => l.id !== s.vendor.orgId)).toBe(true);
    expect(options.networkFunctions).toEqual(['gNB', 'AMF', 'MnF']);
    expect(options.segments).toEqual(['ran', 'transport', 'core']);
  });
});

describe('expired certificates, and totals remembered between requests', () => {
  let vendor: Actor;
  const c: Record<string, string> = {};
  const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
  beforeAll(async () => {
    vendor = await makeOrgUser('vendor');
    c.logged = (await insertCertificate(vendor, { product: 'Logged Expiry', issuedAt: daysAgo(800), expiresAt: daysAgo(70), isExpiryLogged: true })).id;
    c.loggedSuspended = (await insertCertificate(vendor, { product: 'Logged Suspended', status: 'suspended', issuedAt: daysAgo(760), expiresAt: daysAgo(30), isExpiryLogged: true })).id;
    c.due = (await insertCertificate(vendor, { product: 'Due Expiry', issuedAt: daysAgo(780), expiresAt: daysAgo(1) })).id;
    c.revokedPastExpiry = (await insertCertificate(vendor, { product: 'Revoked', status: 'revoked', issuedAt: daysAgo(790), expiresAt: daysAgo(2) })).id;
    for (const n of [1, 2, 3]) c[`valid${n}`] = (await insertCertificate(vendor, { product: `Valid ${n}`, issuedAt: daysAgo(n) })).id;
  });

  it('finds expired certificates whether or not the expiry job has logged them, in every order and page size', async () => {
    const expected = [c.logged, c.loggedSuspended, c.due].sort();
    const check = async (when: string) => {
      for (const sort of REGISTRY_SORTS) {
        for (const dir of ['asc', 'desc'] as const) {
          const whole = await listRegistry({ vendor: vendor.orgId, status: 'expired', sort, dir, limit: 200 });
          expect(ids(whole.items).sort(), `${when} ${sort} ${dir}`).toEqual(expected);
          expect(whole.items.every((i) => i.status === 'expired')).toBe(true);
          expect(ids(await allPages({ vendor: vendor.orgId, status: 'expired', sort, dir, limit: 1 })), `${when} ${sort} ${dir} paged`).toEqual(ids(whole.items));
        }
      }
      expect((await listRegistry({ vendor: vendor.orgId, status: 'expired', limit: 1 })).total).toBe(3);
    };
    await check('before the job');
    await runExpiryJob(new Date());
    const [due] = await database.db.select().from(certificates).where(eq(certificates.id, c.due));
    expect(due.expiryLoggedAt).not.toBeNull();
    await check('after the job');
  });

  it('remembers a total between pages, and forgets it when a certificate changes through the services', async () => {
    const validTotal = async () => (await listRegistry({ vendor: vendor.orgId, status: 'valid', limit: 1 })).total;
    expect(await validTotal()).toBe(3);
    // A change another instance made (written here directly) shows once the remembered total ages out.
    await database.db.update(certificates).set({ status: 'suspended' }).where(eq(certificates.id, c.valid3));
    expect(await validTotal()).toBe(3);
    expect(ids((await listRegistry({ vendor: vendor.orgId, status: 'valid', limit: 10 })).items)).toEqual([c.valid1, c.valid2]);
    // A change made through this process's services shows at once.
    await suspendCertificate(s.regulator, c.valid2, { reason: 'Lab findings under investigation' });
    expect(await validTotal()).toBe(1);
  });
});

describe('sorting and pagination', () => {
  let vendor: Actor;
  beforeAll(async () => {
    vendor = await makeOrgUser('vendor');
    const names = ['Delta', 'Alpha', 'Charlie', 'Bravo', 'Alpha', 'Echo', 'Bravo'];
    const base = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 23; i++) {
      // Groups of three issued at the same instant, and two that differ only below a millisecond.
      const issuedAt = i === 21 ? sql`'2025-12-01T00:00:00.000001Z'::timestamptz` : i === 22 ? sql`'2025-12-01T00:00:00.000002Z'::timestamptz` : new Date(base - Math.floor(i / 3) * DAY);
      await insertCertificate(vendor, {
        product: names[i % names.length],
        vendorName: ['Kilo', 'Juliet', 'Lima'][i % 3],
        issuedAt,
        expiresAt: new Date(base + ((i * 7) % 5) * DAY + 400 * DAY),
      });
    }
  });

  it('pages through every certificate exactly once, for every sort and direction', async () => {
    for (const sort of REGISTRY_SORTS) {
      for (const dir of ['asc', 'desc'] as const) {
        const everything = (await listRegistry({ vendor: vendor.orgId, sort, dir, limit: 200 })).items;
        expect(everything).toHaveLength(23);
        const paged = await allPages({ vendor: vendor.orgId, sort, dir, limit: 4 });
        expect(ids(paged), `${sort} ${dir}`).toEqual(ids(everything));
        expect(new Set(ids(paged)).size).toBe(23);
        const key = (i: RegistryItemDto) => ({ issuedAt: i.issuedAt, expiresAt: i.expiresAt, product: i.product, vendor: i.vendor.name })[sort];
        const keys = paged.map(key);
        const sorted = [...keys].sort();
        expect(keys, `${sort} ${dir} order`).toEqual(dir === 'asc' ? sorted : sorted.reverse());
      }
    }
  });

  it('gives the same total on every page, and an empty page past the end', async () => {
    const first = await listRegistry({ vendor: vendor.orgId, limit: 20 });
    const second = await listRegistry({ vendor: vendor.orgId, limit: 20, cursor: first.nextCursor });
    expect([first.total, second.total, second.items.length, second.nextCursor]).toEqual([23, 23, 3, null]);
    const last = second.items[second.items.length - 1];
    const beyond = Buffer.from(JSON.stringify({ s: 'issuedAt', d: 'desc', k: ['2000-01-01T00:00:00.000000Z', last.id] })).toString('base64url');
    expect(await listRegistry({ vendor: vendor.orgId, cursor: beyond })).toEqual({ items: [], nextCursor: null, total: 23, isTotalCapped: false });
  });

  it('sorts newest first by default, and names A to Z by default', async () => {
    const issued = (await allPages({ vendor: vendor.orgId })).map((i) => i.issuedAt);
    expect(issued).toEqual([...issued].sort().reverse());
    const products = (await allPages({ vendor: vendor.orgId, sort: 'product' })).map((i) => i.product);
    expect(products).toEqual([...products].sort());
  });

  it('refuses a cursor from another sort order or a forged one', async () => {
    const first = await listRegistry({ vendor: vendor.orgId, limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    expect(await statusOf(listRegistry({ vendor: vendor.orgId, sort: 'product', cursor: first.nextCursor }))).toBe(400);
    expect(await statusOf(listRegistry({ vendor: vendor.orgId, dir: 'asc', cursor: first.nextCursor }))).toBe(400);
    expect(await statusOf(listRegistry({ cursor: 'not-a-cursor' }))).toBe(400);
    const forged = Buffer.from(JSON.stringify({ s: 'issuedAt', d: 'desc', k: ["x'; --", 'not-a-uuid'] })).toString('base64url');
    expect(await statusOf(listRegistry({ cursor: forged }))).toBe(400);
    const badTime = Buffer.from(JSON.stringify({ s: 'issuedAt', d: 'desc', k: ['garbage', '00000000-0000-4000-8000-000000000000'] })).toString('base64url');
    expect(await statusOf(listRegistry({ cursor: badTime }))).toBe(400);
  });
});

describe('a certificate page', () => {
  let issued: Awaited<ReturnType<typeof certifiedThroughWorkflow>>;
  beforeAll(async () => {
    issued = await certifiedThroughWorkflow(await createScenario('gNB'));
  }, 60_000);

  it('shows the evaluation summary: counts, and the failed and not-applicable test cases with their spec versions', async () => {
    const detail = await getRegistryCertificate(issued.certificate.id);
    const total = detail.evaluation.counts.total;
    expect(total).toBeGreaterThan(10);
    expect(detail.evaluation.counts).toEqual({ pass: total - 2, fail: 1, inconclusive: 0, not_applicable: 1, total });
    expect(detail.evaluation.failed).toHaveLength(1);
    expect(detail.evaluation.notApplicable).toHaveLength(1);
    for (const tc of [...detail.evaluation.failed, ...detail.evaluation.notApplicable]) {
      expect(tc).toEqual({ testCaseId: expect.any(String), spec: expect.stringMatching(/^TS 33\./), specVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/), clause: expect.any(String), title: expect.any(String) });
    }
    expect(JSON.stringify(detail)).not.toContain('lab-only note');
  });

  it('shows only SBOMs released with the certificate: digest, component count and format', async () => {
    const detail = await getRegistryCertificate(issued.certificate.id);
    expect(detail.sboms).toEqual([{ sha256: 'c'.repeat(64), componentCount: 42, format: 'cyclonedx' }]);
    const text = JSON.stringify(detail);
    expect(text).not.toContain('d'.repeat(64));
    expect(text).not.toContain('a'.repeat(64));
    expect(text).not.toContain('secret-lib');
  });

  it('tells the history from the log, each event with its log index and proof link', async () => {
    const suspended = await logCertificateEvent(issued.certificate.id, 'certificate.suspended', 'Critical CVE under analysis');
    const reinstated = await logCertificateEvent(issued.certificate.id, 'certificate.reinstated', 'Patched in 1.0.1');
    const revoked = await logCertificateEvent(issued.certificate.id, 'certificate.revoked', 'Vendor <ceased> support & "withdrew"');
    const [issuedEntry] = await database.db
      .select()
      .from(logEntries)
      .where(and(eq(logEntries.subjectKind, 'certificate'), eq(logEntries.subjectId, issued.certificate.id), eq(logEntries.type, 'certificate.issued')));
    const detail = await getRegistryCertificate(issued.certificate.id);
    expect(detail.status).toBe('revoked');
    expect(detail.history.map((e) => [e.event, e.logIndex, e.reason])).toEqual([
      ['issued', issuedEntry.index, null],
      ['suspended', suspended.index, 'Critical CVE under analysis'],
      ['reinstated', reinstated.index, 'Patched in 1.0.1'],
      ['revoked', revoked.index, 'Vendor <ceased> support & "withdrew"'],
    ]);
    for (const e of detail.history) {
      expect(e.entryUrl).toBe(`/log/entries/${e.logIndex}`);
      expect(e.inclusionProofUrl).toBe(`/api/v1/log/proof/inclusion?index=${e.logIndex}&treeSize=${detail.log.treeSize}`);
      expect(e.logIndex!).toBeLessThan(detail.log.treeSize);
    }
    expect(detail.history[0].at).toBe(issued.certificate.issuedAt.toISOString());
  });

  it('shows an expiry that is not logged yet as such, and a review flag', async () => {
    const vendor = await makeOrgUser('vendor');
    const expired = await insertCertificate(vendor, { expiresAt: new Date(Date.now() - 5 * DAY), underReview: true, isLogged: true });
    const detail = await getRegistryCertificate(expired.id);
    expect(detail).toMatchObject({ status: 'expired', underReview: true, reviewSince: expect.any(String) });
    expect(detail.history.map((e) => [e.event, e.logIndex === null])).toEqual([
      ['issued', false],
      ['expired', true],
    ]);
    expect(detail.history[1]).toMatchObject({ at: expired.expiresAt.toISOString(), entryUrl: null, inclusionProofUrl: null });
    expect(JSON.stringify(detail)).not.toContain('Critical vulnerability reported');
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect(await statusOf(getRegistryCertificate('00000000-0000-4000-8000-000000000000'))).toBe(404);
    expect(await statusOf(getRegistryCertificate('nope'))).toBe(400);
    expect(await statusOf(getRegistryCertificate(issued.submissionId))).toBe(404);
  });
});

describe('HTTP: JSON, CSV and Atom', () => {
  let vendor: Actor;
  let tricky: { id: string };
  let revoked: { id: string };
  beforeAll(async () => {
    vendor = await makeOrgUser('vendor', { orgName: `Csvfeed Networks ${Date.now()}` });
    tricky = await insertCertificate(vendor, {
      product: '=HYPERLINK("http://evil.example","click") <b>&\u0001',
      model: 'a,b "c"',
      version: '-1+2\n3',
      isLogged: true,
      issuedAt: new Date(Date.now() - 2 * DAY),
    });
    revoked = await insertCertificate(vendor, { product: 'Plain Product', status: 'revoked', isLogged: true });
    await logCertificateEvent(revoked.id, 'certificate.revoked', 'Key compromise <script>alert(1)</script>');
  });

  it('serves the registry and a certificate as JSON, cacheable for 30 s', async () => {
    const list = await callRoute(`/api/v1/registry?vendor=${vendor.orgId}&limit=1`);
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('public, max-age=30');
    const body = await list.json();
    expect(body).toMatchObject({ items: [expect.objectContaining({ id: tricky.id })], nextCursor: expect.any(String), total: 2, isTotalCapped: false });
    const one = await callRoute(`/api/v1/registry/${tricky.id}`);
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ id: tricky.id, evaluation: expect.any(Object), sboms: [], history: [expect.objectContaining({ event: 'issued' })] });
    const missing = await callRoute('/api/v1/registry/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('exports the current filter as CSV with proper quoting and formulas neutralised, by both URLs', async () => {
    for (const path of [`/api/v1/registry/export.csv?vendor=${vendor.orgId}&sort=product`, `/api/v1/registry?format=csv&vendor=${vendor.orgId}&sort=product`]) {
      const response = await callRoute(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="trustledger-registry-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(response.headers.get('x-total-rows')).toBe('2');
      const records = parseCsv(await response.text());
      expect(records[0]).toEqual(['id', 'status', 'under_review', 'product', 'model', 'version', 'vendor', 'vendor_id', 'network_function', 'segment', 'lab', 'lab_id', 'scheme', 'spec_versions', 'issued_at', 'expires_at', 'url']);
      expect(records).toHaveLength(3);
      const plain = records.find((r) => r[0] === revoked.id)!;
      const bad = records.find((r) => r[0] === tricky.id)!;
      expect(plain.slice(0, 4)).toEqual([revoked.id, 'revoked', 'false', 'Plain Product']);
      expect(bad[0]).toBe(tricky.id);
      expect(bad[3]).toBe(`'=HYPERLINK("http://evil.example","click") <b>&\u0001`);
      expect(bad[4]).toBe('a,b "c"');
      expect(bad[5]).toBe("'-1+2\n3");
      expect(bad[16]).toBe(`${siteUrl}/registry/${tricky.id}`);
    }
    const none = parseCsv(await (await callRoute('/api/v1/registry/export.csv?q=nothing-matches-this')).text());
    expect(none).toHaveLength(1);
  });

  it('streams a larger export page by page without losing or repeating rows', async () => {
    const bulk = await makeOrgUser('vendor');
    const made = new Set<string>();
    for (let i = 0; i < 30; i++) made.add((await insertCertificate(bulk, { product: `Bulk ${i}` })).id);
    for (const sort of ['issuedAt', 'product'] as const) {
      const { rows, body } = await exportRegistryCsv({ vendor: bulk.orgId, sort }, { pageSize: 7 });
      expect(rows).toBe(30);
      const records = parseCsv(await new Response(body).text());
      expect(records).toHaveLength(31);
      expect(new Set(records.slice(1).map((r) => r[0]))).toEqual(made);
    }
  });

  it('serves a well-formed, escaped Atom feed of certificate events, filtered like the registry', async () => {
    const response = await callRoute(`/api/v1/registry/feed.atom?vendor=${vendor.orgId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expectWellFormedXml(xml);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;) &lt;b&gt;&amp;');
    const entries = xml.split('<entry>').slice(1);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toContain('<title type="text">Certificate revoked: Plain Product 1.0.0');
    expect(entries[0]).toMatch(new RegExp(`<id>tag:${new URL(siteUrl).hostname},2025:trustledger/log/\\d+</id>`));
    expect(entries[0]).toContain(`href="${siteUrl}/registry/${revoked.id}"`);
    const [, logIndex] = /Transparency log index (\d+): /.exec(entries[0])!;
    expect(entries[0]).toContain(`${siteUrl}/log/entries/${logIndex}`);
    expect(entries[0]).toContain(`trustledger/log/${logIndex}</id>`);
    expect(entries[0]).toContain('Reason: Key compromise');

    const revokedOnly = await (await callRoute(`/api/v1/registry/feed.atom?vendor=${vendor.orgId}&status=revoked`)).text();
    expectWellFormedXml(revokedOnly);
    expect(revokedOnly.split('<entry>')).toHaveLength(3);
    expect(revokedOnly).not.toContain(tricky.id);
    const nothing = await (await callRoute(`/api/v1/registry/feed.atom?vendor=${vendor.orgId}&segment=core`)).text();
    expectWellFormedXml(nothing);
    expect(nothing).not.toContain('<entry>');
  });

  it('reads a certificate past its expiry as expired in the feed too, before the expiry job has logged it', async () => {
    const expiresAt = new Date(Date.now() - DAY);
    const lapsed = await insertCertificate(vendor, { product: 'Lapsed Product', expiresAt, isLogged: true });
    const xml = await (await callRoute(`/api/v1/registry/feed.atom?vendor=${vendor.orgId}&status=expired`)).text();
    expectWellFormedXml(xml);
    const entries = xml.split('<entry>').slice(1);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toContain(lapsed.id);
    expect(entries[0]).toContain(`Status now: Expired; expires ${expiresAt.toISOString()}.`);
    expect((await getRegistryCertificate(lapsed.id))).toMatchObject({ status: 'expired', expiresAt: expiresAt.toISOString() });
  });

  it('is documented in the OpenAPI document as public', async () => {
    const { buildOpenApiDocument } = await import('@/lib/api/openapi');
    const paths = buildOpenApiDocument('http://localhost').paths as Record<string, Record<string, { security: unknown[]; parameters: { name: string }[] }>>;
    for (const path of ['/api/v1/registry', '/api/v1/registry/{id}', '/api/v1/registry/export.csv', '/api/v1/registry/feed.atom']) {
      expect(paths[path].get.security, path).toEqual([]);
    }
    expect(paths['/api/v1/registry'].get.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['q', 'status', 'networkFunction', 'segment', 'vendor', 'lab', 'sort', 'dir', 'limit', 'cursor', 'format']),
    );
  });

  it('answers bad parameters with a 400 problem document on every registry URL', async () => {
    const bad = [
      '/api/v1/registry?status=bogus',
      '/api/v1/registry?sort=price',
      '/api/v1/registry?dir=up',
      '/api/v1/registry?limit=0',
      '/api/v1/registry?limit=201',
      '/api/v1/registry?vendor=not-a-uuid',
      '/api/v1/registry?lab=1',
      '/api/v1/registry?networkFunction=gnb',
      '/api/v1/registry?segment=edge',
      '/api/v1/registry?unknown=1',
      '/api/v1/registry?cursor=%%%',
      '/api/v1/registry?format=xml',
      `/api/v1/registry?q=${'x'.repeat(201)}`,
      '/api/v1/registry?format=csv&status=bogus',
      '/api/v1/registry/export.csv?limit=5',
      '/api/v1/registry/export.csv?vendor=x',
      '/api/v1/registry/feed.atom?status=bogus',
      '/api/v1/registry/feed.atom?sort=product',
      '/api/v1/registry/not-a-uuid',
    ];
    for (const path of bad) {
      const response = await callRoute(path);
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type'), path).toContain('application/problem+json');
      expect(await response.json(), path).toMatchObject({ status: 400, title: 'Bad request', detail: expect.any(String) });
    }
    expect((await callRoute('/api/v1/registry?status=&q=&vendor=')).status).toBe(200);
  });
});
