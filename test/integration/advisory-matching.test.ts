import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { getDb } from '@/lib/db';
import { advisories, advisoryMatches, advisoryStatements, vendorTasks } from '@/db/schema/advisories';
import { sbomComponents } from '@/db/schema/components';
import { certificates } from '@/db/schema/certificates';
import { deployments, notifications } from '@/db/schema/operators';
import { evidence } from '@/db/schema/submissions';
import { logEntries } from '@/db/schema/log';
import { countLogEntries } from '@/db/queries/log';
import { ServiceError } from '@/lib/errors';
import type { Actor } from '@/lib/authz/actor';
import type { ParsedAdvisory, AdvisoryStatement } from '@/lib/advisories/advisory-model';
import { importAdvisoryBytes } from '@/lib/advisories/commands/import-advisory';
import { importAdvisoryCollection } from '@/lib/advisories/commands/import-advisory-collection';
import { decideMatch } from '@/lib/matching/commands/decide-match';
import { matchNewSbom } from '@/lib/matching/match-new-sbom';
import { normalizePurl } from '@/lib/components/purl';
import { cpeVendorProduct } from '@/lib/matching/statement-key';
import { getBlobStore } from '@/lib/evidence/blob-store-instance';
import { createProductVersion } from '@/lib/products/commands/create-product-version';

// The document under test is the ParsedAdvisory itself, as JSON: these tests are about storage and
// matching, so they do not depend on the format parsers (tested on their own with real fixtures).
vi.mock('@/lib/advisories/parse-advisory', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/advisories/parse-advisory')>()),
  parseAdvisory: (text: string) => {
    const doc = JSON.parse(text) as ParsedAdvisory & { refuse?: string[] };
    return doc.refuse ? { ok: false, reasons: doc.refuse } : { ok: true, advisory: doc };
  },
}));

let database: TestDatabase;
let s: Scenario;

beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('gNB');
  const submission = await submissionInState(s, 'approved');
  const db = await getDb();
  const [sbom] = await db.select().from(evidence).where(and(eq(evidence.submissionId, submission.id), eq(evidence.kind, 'sbom')));
  await indexComponents(sbom.id, submission.id, s.version.id, [
    'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
    'pkg:deb/debian/openssl@3.0.11-1?distro=debian-12',
    'pkg:deb/debian/openssl@3.0.11-1?distro=debian-11',
    'pkg:npm/lodash@4.17.20',
  ]);
  await db.insert(sbomComponents).values({ evidenceId: sbom.id, submissionId: submission.id, productVersionId: s.version.id, name: 'sshd', version: '9.1', cpe: 'cpe:2.3:a:openbsd:openssh:9.1:*:*:*:*:*:*:*' });
  await db.insert(deployments).values({ operatorOrgId: s.operator.orgId, productVersionId: s.version.id, quantity: 40 });
}, 120_000);
afterAll(async () => {
  await database.drop();
});

async function indexComponents(evidenceId: string, subId: string, productVersionId: string, purls: string[]) {
  const db = await getDb();
  await db.insert(sbomComponents).values(
    purls.map((text) => {
      const p = normalizePurl(text)!;
      return { evidenceId, submissionId: subId, productVersionId, purlType: p.type, packageKey: p.packageKey, qualifiers: p.qualifiers, purl: p.canonical, name: p.name, version: p.version };
    }),
  );
}

let docCounter = 0;
function statement(purl: string | null, status: AdvisoryStatement['status'], extra: Partial<AdvisoryStatement> = {}): AdvisoryStatement {
  return {
    vulnerabilityId: 'CVE-2021-44228',
    aliases: [],
    product: { purl, cpe: null, documentRef: null, name: null },
    range: { kind: 'all' },
    status,
    justification: null,
    detail: null,
    remediation: null,
    ...extra,
  };
}
function doc(statements: AdvisoryStatement[], extra: Partial<ParsedAdvisory> = {}): ParsedAdvisory {
  return {
    format: 'csaf',
    documentId: `test-doc-${++docCounter}`,
    revision: '1',
    title: 'Test advisory',
    publisher: 'Test CERT',
    published: '2026-12-01T00:00:00Z',
    modified: '2026-12-01T00:00:00Z',
    vulnerabilities: [{ id: 'CVE-2021-44228', aliases: [], title: 'Log4Shell', cvssScore: 10, activelyExploited: false }],
    statements,
    warnings: [],
    ...extra,
  };
}
const bytes = (d: unknown) => new TextEncoder().encode(JSON.stringify(d));
const importDoc = (actor: Actor | null, d: unknown, productVersionId?: string) => importAdvisoryBytes(actor, bytes(d), { productVersionId });
const statusOf = (p: Promise<unknown>) => p.then(() => 200, (e) => (e instanceof ServiceError ? e.status : Promise.reject(e)));

async function matchesOf(vulnerabilityId: string, productVersionId = s.version.id) {
  const db = await getDb();
  return db.select().from(advisoryMatches).where(and(eq(advisoryMatches.vulnerabilityId, vulnerabilityId), eq(advisoryMatches.productVersionId, productVersionId)));
}

describe('advisory import', () => {
  it('refuses a document the parser refuses with 422 and stores nothing: no row, no blob, no log entry', async () => {
    const db = await getDb();
    const before = await countLogEntries(db);
    const refused = { refuse: ['/document/tracking: required'], documentId: 'never' };
    const error = await importDoc(s.regulator, refused).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).status).toBe(422);
    expect(JSON.stringify({ m: (error as ServiceError).message, e: (error as ServiceError).extra })).toContain('/document/tracking: required');
    expect(await db.select().from(advisories).where(eq(advisories.documentId, 'never'))).toHaveLength(0);
    const sha = (await import('node:crypto')).createHash('sha256').update(bytes(refused)).digest('hex');
    expect(await getBlobStore().exists(sha)).toBe(false);
    expect(await countLogEntries(db)).toBe(before);
  });

  it('refuses labs and operators (403) and a vendor scoping to a version not theirs (404 unseen, 403 seen)', async () => {
    const d = doc([statement('pkg:npm/lodash', 'affected')]);
    expect(await statusOf(importDoc(s.lab, d))).toBe(403);
    expect(await statusOf(importDoc(s.operator, d))).toBe(403);
    const hidden = await createProductVersion(s.vendor, s.product.id, { version: '9.9.9-hidden' });
    expect(await statusOf(importDoc(s.otherVendor, d, hidden.id))).toBe(404);
    expect(await statusOf(importDoc(s.otherVendor, d, s.version.id))).toBe(403);
    expect(await (await getDb()).select().from(advisories).where(eq(advisories.documentId, d.documentId))).toHaveLength(0);
  });

  it('stores the bytes verbatim, logs documentId, revision, format and SHA-256, and is idempotent for the same revision (409 for other bytes)', async () => {
    const d = doc([statement('pkg:npm/lodash@4.17.20', 'under_investigation', { vulnerabilityId: 'CVE-2099-0001', remediation: 'Upgrade to 4.17.21' })]);
    const first = await importDoc(s.regulator, d);
    expect(first.isNew).toBe(true);
    expect(first.matches.created).toBe(1);
    const [stored] = await (await getDb()).select().from(advisoryStatements).where(eq(advisoryStatements.advisoryId, first.advisory.id));
    expect(stored).toMatchObject({ packageKey: 'pkg:npm/lodash', status: 'under_investigation', remediation: 'Upgrade to 4.17.21' });
    expect(await getBlobStore().exists(first.advisory.sha256)).toBe(true);
    const db = await getDb();
    const [entry] = await db.select().from(logEntries).where(eq(logEntries.index, first.advisory.logIndex!));
    const logged = JSON.parse(entry.entry) as { type: string; data: Record<string, unknown> };
    expect(logged.type).toBe('advisory.imported');
    expect(logged.data).toMatchObject({ documentId: d.documentId, revision: '1', format: 'csaf', sha256: first.advisory.sha256 });
    const again = await importDoc(s.regulator, d);
    expect(again.isNew).toBe(false);
    expect(again.advisory.id).toBe(first.advisory.id);
    expect(await statusOf(importDoc(s.regulator, { ...d, title: 'changed' }))).toBe(409);
  });
});

describe('matching rules', () => {
  it('a qualifier-less statement matches every distro; a distro qualifier only that distro', async () => {
    await importDoc(s.regulator, doc([statement('pkg:deb/debian/openssl', 'affected', { vulnerabilityId: 'CVE-2099-1000', range: { kind: 'exact', versions: ['3.0.11-1'] } })]));
    expect(await matchesOf('CVE-2099-1000')).toHaveLength(1); // one match per (version, vulnerability, package)
    const other = await createProductVersion(s.vendor, s.product.id, { version: '1.1.0' });
    const sub = await submissionInState({ ...s, version: other }, 'in_evaluation');
    const [ev] = await (await getDb()).select().from(evidence).where(and(eq(evidence.submissionId, sub.id), eq(evidence.kind, 'sbom')));
    await indexComponents(ev.id, sub.id, other.id, ['pkg:deb/debian/openssl@3.0.11-1?distro=alpine-3.19']);
    await importDoc(s.regulator, doc([statement('pkg:deb/debian/openssl?distro=debian-12', 'affected', { vulnerabilityId: 'CVE-2099-1001', range: { kind: 'exact', versions: ['3.0.11-1'] } })]));
    expect(await matchesOf('CVE-2099-1001')).toHaveLength(1);
    expect(await matchesOf('CVE-2099-1001', other.id)).toHaveLength(0);
    await importDoc(s.regulator, doc([statement('pkg:deb/debian/openssl', 'affected', { vulnerabilityId: 'CVE-2099-1002', range: { kind: 'exact', versions: ['3.0.11-1'] } })]));
    expect(await matchesOf('CVE-2099-1002', other.id)).toHaveLength(1);
  });

  it('never matches a wildcard CPE; a concrete vendor:product CPE matches the CPE-only component', async () => {
    const wildcard = statement(null, 'affected', { vulnerabilityId: 'CVE-2099-2000', product: { purl: null, cpe: 'cpe:2.3:a:*:*:*:*:*:*:*:*:*:*', documentRef: null, name: null } });
    const vendorOnly = statement(null, 'affected', { vulnerabilityId: 'CVE-2099-2000', product: { purl: null, cpe: 'cpe:2.3:a:openbsd:*:*:*:*:*:*:*:*:*', documentRef: null, name: null } });
    const r = await importDoc(s.regulator, doc([wildcard, vendorOnly]));
    expect(r.matches.created).toBe(0);
    expect(await matchesOf('CVE-2099-2000')).toHaveLength(0);
    const concrete = statement(null, 'affected', { vulnerabilityId: 'CVE-2099-2001', product: { purl: null, cpe: 'cpe:2.3:a:openbsd:openssh:9.1:*:*:*:*:*:*:*', documentRef: null, name: null } });
    await importDoc(s.regulator, doc([concrete]));
    const [m] = await matchesOf('CVE-2099-2001');
    expect(m.packageKey).toBe('cpe:openbsd:openssh');
  });

  it('reads CPE fields as the grammar does: an escaped colon stays in its field, in the index as in the statement', async () => {
    const db = await getDb();
    const [any] = await db.select().from(sbomComponents).where(eq(sbomComponents.productVersionId, s.version.id)).limit(1);
    const cpes = [
      String.raw`cpe:2.3:a:foo\:bar:baz:1.0:*:*:*:*:*:*:*`,
      'cpe:2.3:a:foo:bar:baz:*:*:*:*:*:*:*',
      'CPE:2.3:A:Apache:Log4j:2.14.1',
      String.raw`cpe:2.3:a:acme:router\*os:2.0:*:*:*:*:*:*:*`,
      'cpe:2.3:a:*:*:*:*:*:*:*:*:*:*',
      'cpe:/a:apache:log4j:2.14.1',
      'not a cpe',
    ];
    const rows = await db
      .insert(sbomComponents)
      .values(cpes.map((cpe, i) => ({ evidenceId: any.evidenceId, submissionId: any.submissionId, productVersionId: s.version.id, name: `cpe-${i}`, version: '1.0', cpe })))
      .returning();
    expect(rows.map((r) => r.cpeProduct)).toEqual(cpes.map((c) => cpeVendorProduct(c)));
    const escaped = statement(null, 'affected', { vulnerabilityId: 'CVE-2099-2100', product: { purl: null, cpe: String.raw`cpe:2.3:a:foo\:bar:baz:*:*:*:*:*:*:*:*`, documentRef: null, name: null } });
    await importDoc(s.regulator, doc([escaped]));
    expect((await matchesOf('CVE-2099-2100')).map((m) => [m.packageKey, m.componentId])).toEqual([[String.raw`cpe:foo\:bar:baz`, rows[0].id]]);
  });

  it('a version outside the range does not match', async () => {
    await importDoc(s.regulator, doc([statement('pkg:npm/lodash', 'affected', { vulnerabilityId: 'CVE-2099-3000', range: { kind: 'exact', versions: ['4.17.21'] } })]));
    expect(await matchesOf('CVE-2099-3000')).toHaveLength(0);
  });
});

describe('consequences and transitions', () => {
  let matchId: string;
  let documentId: string;
  let pv: string;
  let certId: string;
  beforeAll(async () => {
    const version = await createProductVersion(s.vendor, s.product.id, { version: '3.0.0' });
    pv = version.id;
    const sub = await submissionInState({ ...s, version }, 'approved');
    const db = await getDb();
    const [ev] = await db.select().from(evidence).where(and(eq(evidence.submissionId, sub.id), eq(evidence.kind, 'sbom')));
    await indexComponents(ev.id, sub.id, pv, ['pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1']);
    [{ id: certId }] = await db.select().from(certificates).where(eq(certificates.submissionId, sub.id));
    await db.insert(deployments).values({ operatorOrgId: s.operator.orgId, productVersionId: pv, quantity: 12 });
  });

  it('an affected match on a certified version: review list, vendor task with clocks, vendor and operator notified', async () => {
    const d = doc([statement('pkg:maven/org.apache.logging.log4j/log4j-core', 'affected', { range: { kind: 'exact', versions: ['2.14.1'] } })], {
      vulnerabilities: [{ id: 'CVE-2021-44228', aliases: [], title: 'Log4Shell', cvssScore: 10, activelyExploited: true }],
    });
    documentId = d.documentId;
    const r = await importDoc(s.regulator, d);
    expect(r.certificatesUnderReview).toEqual([certId]);
    const db = await getDb();
    const [cert] = await db.select().from(certificates).where(eq(certificates.id, certId));
    expect(cert.reviewRequiredAt).not.toBeNull();
    expect(cert.status).toBe('valid');
    const [match] = await matchesOf('CVE-2021-44228', pv);
    matchId = match.id;
    expect(match).toMatchObject({ state: 'affected', componentVersion: '2.14.1', activelyExploited: true });
    const [task] = await db.select().from(vendorTasks).where(and(eq(vendorTasks.productVersionId, pv), eq(vendorTasks.vulnerabilityId, 'CVE-2021-44228')));
    expect(task.notifiedAt).toBeInstanceOf(Date);
    expect(task.exploitedAt).not.toBeNull();
    const kinds = async (userId: string) => (await db.select().from(notifications).where(eq(notifications.userId, userId))).map((n) => n.kind);
    expect(await kinds(s.vendor.userId)).toContain('advisory.task_opened');
    expect(await kinds(s.operator.userId)).toContain('advisory.affected');
    expect(await kinds(s.regulator2.userId)).toContain('certificate.review_required');
  });

  it("the vendor's not_affected statement is a logged transition and closes the task; another vendor gets 404", async () => {
    expect(await statusOf(decideMatch(s.otherVendor, matchId, { state: 'not_affected', justification: 'component_not_present' }))).toBe(404);
    expect(await statusOf(decideMatch(s.operator, matchId, { state: 'not_affected', justification: 'component_not_present' }))).toBe(404);
    expect(await statusOf(decideMatch(s.vendor, matchId, { state: 'not_affected' }))).toBe(400);
    const db = await getDb();
    const before = await countLogEntries(db);
    const m = await decideMatch(s.vendor, matchId, { state: 'not_affected', justification: 'vulnerable_code_not_in_execute_path', detail: 'JNDI lookups disabled' });
    expect(m).toMatchObject({ state: 'not_affected', stateSource: 'vendor' });
    expect(await countLogEntries(db)).toBe(before + 1);
    const [last] = await db.select().from(logEntries).where(eq(logEntries.index, before));
    expect(JSON.parse(last.entry)).toMatchObject({ type: 'advisory_match.changed', data: { from: 'affected', to: 'not_affected', source: 'vendor' } });
    const [task] = await db.select().from(vendorTasks).where(and(eq(vendorTasks.productVersionId, pv), eq(vendorTasks.vulnerabilityId, 'CVE-2021-44228')));
    expect(task.closedAt).not.toBeNull();
    expect(await statusOf(decideMatch(s.vendor, matchId, { state: 'not_affected', justification: 'vulnerable_code_not_in_execute_path' }))).toBe(409);
  });

  it('a new revision of the same document does not re-open the resolved match; a regulator decision does', async () => {
    const d = doc([statement('pkg:maven/org.apache.logging.log4j/log4j-core', 'affected', { range: { kind: 'exact', versions: ['2.14.1'] } })], { documentId, revision: '2' });
    const r = await importDoc(s.regulator, d);
    expect(r.matches).toMatchObject({ created: 0, changed: 0 });
    expect(r.matches.kept).toBeGreaterThanOrEqual(1);
    expect((await matchesOf('CVE-2021-44228', pv))[0].state).toBe('not_affected');
    const decided = await decideMatch(s.regulator, matchId, { state: 'affected', detail: 'The vendor’s analysis does not hold.' });
    expect(decided).toMatchObject({ state: 'affected', stateSource: 'regulator' });
    const [task] = await (await getDb()).select().from(vendorTasks).where(and(eq(vendorTasks.productVersionId, pv), eq(vendorTasks.vulnerabilityId, 'CVE-2021-44228')));
    expect(task.closedAt).toBeNull();
    expect(await statusOf(decideMatch(s.vendor, matchId, { state: 'fixed', activelyExploited: false }))).toBe(403);
  });

  it("a vendor's document never answers for, blocks or supersedes another organisation's document of the same id", async () => {
    const regulatorsDoc = doc([statement('pkg:npm/lodash', 'affected', { vulnerabilityId: 'CVE-2099-0001', range: { kind: 'exact', versions: ['4.17.20'] } })]);
    const stored = await importDoc(s.regulator, regulatorsDoc);
    // The same id and revision from a vendor (other bytes): its own record, not a 409 naming the regulator's SHA-256.
    const vendorsCopy = doc([statement('pkg:npm/lodash@4.17.20', 'not_affected', { vulnerabilityId: 'CVE-2099-0001', justification: 'vulnerable_code_not_present' })], { documentId: regulatorsDoc.documentId, format: 'openvex' });
    const own = await importDoc(s.otherVendor, vendorsCopy);
    expect(own.isNew).toBe(true);
    expect(own.advisory.id).not.toBe(stored.advisory.id);
    // A newer revision from a vendor does not supersede the regulators' revision.
    await importDoc(s.otherVendor, { ...vendorsCopy, revision: '2' });
    const db = await getDb();
    const [regulatorsRow] = await db.select().from(advisories).where(eq(advisories.id, stored.advisory.id));
    expect(regulatorsRow.supersededAt).toBeNull();
    // And the regulators' record still answers for its own bytes: the same revision again is idempotent.
    expect((await importDoc(s.regulator, regulatorsDoc)).advisory.id).toBe(stored.advisory.id);
  });

  it("a vendor's VEX document moves its own versions' matches only", async () => {
    const d = doc([statement('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1', 'fixed', { detail: 'patched build' })], { format: 'openvex' });
    const foreign = await importDoc(s.otherVendor, { ...d, documentId: `${d.documentId}-other` });
    expect(foreign.matches).toMatchObject({ created: 0, changed: 0 });
    expect((await matchesOf('CVE-2021-44228', pv))[0].state).toBe('affected');
    const own = await importDoc(s.vendor, d);
    expect(own.matches.changed).toBe(2); // both of the vendor's versions with log4j-core 2.14.1
    expect((await matchesOf('CVE-2021-44228', pv))[0]).toMatchObject({ state: 'fixed', stateSource: 'vendor' });
    const [task] = await (await getDb()).select().from(vendorTasks).where(and(eq(vendorTasks.productVersionId, pv), eq(vendorTasks.vulnerabilityId, 'CVE-2021-44228')));
    expect(task.fixAvailableAt).not.toBeNull();
  });

  it('one document over existing and new keys at once: a resolved match is kept, an open one moves (logged), a new key is created, the task re-opens', async () => {
    const version = await createProductVersion(s.vendor, s.product.id, { version: '5.0.0' });
    const sub = await submissionInState({ ...s, version }, 'approved');
    const db = await getDb();
    const [ev] = await db.select().from(evidence).where(and(eq(evidence.submissionId, sub.id), eq(evidence.kind, 'sbom')));
    await indexComponents(ev.id, sub.id, version.id, ['pkg:npm/batch-alpha@1.0.0', 'pkg:npm/batch-beta@1.0.0', 'pkg:npm/batch-gamma@1.0.0']);
    const vuln = 'CVE-2031-0001';
    const on = (name: string, status: AdvisoryStatement['status']) => statement(`pkg:npm/${name}`, status, { vulnerabilityId: vuln });
    const first = await importDoc(s.regulator, doc([on('batch-alpha', 'affected'), on('batch-beta', 'under_investigation')]));
    expect(first.matches).toEqual({ created: 2, changed: 0, kept: 0 });
    const alpha = (await matchesOf(vuln, version.id)).find((m) => m.packageKey === 'pkg:npm/batch-alpha')!;
    await decideMatch(s.vendor, alpha.id, { state: 'not_affected', justification: 'component_not_present' });
    const taskOf = async () => (await db.select().from(vendorTasks).where(and(eq(vendorTasks.productVersionId, version.id), eq(vendorTasks.vulnerabilityId, vuln))))[0];
    expect((await taskOf()).closedAt).not.toBeNull(); // beta is only under investigation
    const before = await countLogEntries(db);
    const second = await importDoc(s.regulator, doc([on('batch-alpha', 'affected'), on('batch-beta', 'affected'), on('batch-gamma', 'affected')]));
    expect(second.matches).toEqual({ created: 1, changed: 1, kept: 1 });
    const states = Object.fromEntries((await matchesOf(vuln, version.id)).map((m) => [m.packageKey, [m.state, m.version]]));
    expect(states).toEqual({
      'pkg:npm/batch-alpha': ['not_affected', 2],
      'pkg:npm/batch-beta': ['affected', 2],
      'pkg:npm/batch-gamma': ['affected', 1],
    });
    const entries = (await db.select().from(logEntries)).filter((e) => e.index >= before).map((e) => JSON.parse(e.entry) as { type: string; data: Record<string, unknown> });
    expect(entries.filter((e) => e.type === 'advisory_match.changed').map((e) => [e.data.packageKey, e.data.from, e.data.to, e.data.source])).toEqual([
      ['pkg:npm/batch-beta', 'under_investigation', 'affected', 'advisory'],
    ]);
    const task = await taskOf();
    expect(task.closedAt).toBeNull();
    const opened = await db.select().from(notifications).where(and(eq(notifications.userId, s.vendor.userId), eq(notifications.dedupeKey, `advisory.task:${task.id}:${task.notifiedAt.toISOString()}`)));
    expect(opened).toHaveLength(1);
  });

  it('a new SBOM is matched against the stored advisories', async () => {
    const next = await createProductVersion(s.vendor, s.product.id, { version: '1.2.0' });
    const sub = await submissionInState({ ...s, version: next }, 'approved');
    const db = await getDb();
    const [ev] = await db.select().from(evidence).where(and(eq(evidence.submissionId, sub.id), eq(evidence.kind, 'sbom')));
    await indexComponents(ev.id, sub.id, next.id, ['pkg:npm/lodash@4.17.20', 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1']);
    const r = await matchNewSbom(db, { evidenceId: ev.id, submissionId: sub.id });
    expect(r.created).toBeGreaterThanOrEqual(2);
    const [m] = await matchesOf('CVE-2021-44228', next.id);
    // The regulator's document says affected; the vendor's own VEX (for all its versions) says fixed, and wins.
    expect(m.state).toBe('fixed');
    expect(await matchesOf('CVE-2099-0001', next.id)).toHaveLength(1);
  });
});

describe('importing a collection', () => {
  const toldStored: string[] = [];
  const named = (name: string, d: unknown) => ({ name, bytes: bytes(d), onStored: async () => void toldStored.push(name) });
  const loggedOf = async (documentId: string, revision = '1') => {
    const db = await getDb();
    const [row] = await db.select().from(advisories).where(and(eq(advisories.documentId, documentId), eq(advisories.revision, revision)));
    const [entry] = await db.select().from(logEntries).where(eq(logEntries.index, row.logIndex!));
    return { row, logged: JSON.parse(entry.entry) as { type: string; subject: { id: string }; data: Record<string, unknown> } };
  };

  it('stores and logs each document as one import would, defers a later revision or a second document of one vulnerability to the next chunk, and lists the refused', async () => {
    const db = await getDb();
    const a = doc([statement('pkg:npm/lodash@4.17.20', 'affected', { vulnerabilityId: 'CVE-2099-5101' })]);
    const aRevised = { ...a, revision: '2', title: 'Revised' };
    const sameVulnerability = doc([statement('pkg:npm/lodash@4.17.20', 'affected', { vulnerabilityId: 'CVE-2099-5101' })]);
    const b = doc([statement('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1', 'affected', { vulnerabilityId: 'CVE-2099-5102' })]);
    const stored = doc([statement('pkg:npm/lodash@4.17.20', 'under_investigation', { vulnerabilityId: 'CVE-2099-5103' })]);
    await importDoc(s.regulator, stored);
    const before = await countLogEntries(db);
    const chunks: number[] = [];

    const outcome = await importAdvisoryCollection(
      s.regulator,
      [
        named('a.json', a),
        named('a-2.json', aRevised),
        named('same-vulnerability.json', sameVulnerability),
        named('refused.json', { refuse: ['/affected: required'], documentId: 'never-collection' }),
        { name: 'not-utf8.json', bytes: new Uint8Array([0x7b, 0xff, 0x7d]) },
        named('b.json', b),
        named('stored.json', stored),
        named('stored-changed.json', { ...stored, title: 'changed' }),
      ],
      { chunk: 3, onChunk: (p) => chunks.push(p.imported) },
    );

    // Every indexed version with lodash (any version: the statements' range is "all"), and with log4j-core.
    const versionsWith = async (packageKey: string) => new Set((await db.select().from(sbomComponents).where(eq(sbomComponents.packageKey, packageKey))).map((c) => c.productVersionId)).size;
    const lodash = await versionsWith('pkg:npm/lodash');
    const log4j = await versionsWith('pkg:maven/org.apache.logging.log4j/log4j-core');
    expect(lodash).toBeGreaterThan(0);
    expect(outcome).toMatchObject({ imported: 4, unchanged: 1, matches: { created: lodash + log4j, changed: 0, kept: 2 * lodash } });
    expect(outcome.refused.map((r) => r.name)).toEqual(['refused.json', 'not-utf8.json', 'stored-changed.json']);
    expect(outcome.refused[0].reasons).toEqual(['/affected: required']);
    expect(outcome.refused[1].reasons).toEqual(['it is not UTF-8 text']);
    expect(outcome.refused[2].reasons[0]).toContain('already stored with other content');
    // Chunk 1: a, b and stored (already there); chunk 2: a's revision 2 and the changed stored one (each
    // claims a document of chunk 1); chunk 3: the other document of CVE-2099-5101 (a's revision 2 claims it).
    expect(chunks).toEqual([2, 3, 4]);
    // Told once its chunk committed, for each document now stored (new or the same bytes again), never for a refused one.
    expect([...toldStored].sort()).toEqual(['a-2.json', 'a.json', 'b.json', 'same-vulnerability.json', 'stored.json']);

    // Each document's own entry: its SHA-256, its own match counts (a created the match; the revision and the other document kept it).
    const logA = await loggedOf(a.documentId);
    expect(logA.logged).toMatchObject({ type: 'advisory.imported', subject: { id: logA.row.id }, data: { documentId: a.documentId, sha256: logA.row.sha256, matches: { created: lodash, changed: 0, kept: 0 } } });
    expect(logA.row.supersededAt).not.toBeNull();
    const logA2 = await loggedOf(a.documentId, '2');
    expect(logA2.logged.data.matches).toEqual({ created: 0, changed: 0, kept: lodash });
    expect(logA2.row.supersededAt).toBeNull();
    expect((await loggedOf(sameVulnerability.documentId)).logged.data.matches).toEqual({ created: 0, changed: 0, kept: lodash });
    expect((await loggedOf(b.documentId)).logged.data.matches).toEqual({ created: log4j, changed: 0, kept: 0 });
    for (const d of [a, b]) expect(await getBlobStore().exists((await loggedOf(d.documentId)).row.sha256)).toBe(true);
    expect(await db.select().from(advisories).where(eq(advisories.documentId, 'never-collection'))).toHaveLength(0);
    expect(await matchesOf('CVE-2099-5102')).toMatchObject([{ state: 'affected' }]);
    // Four imported entries, two matches' consequences; nothing for the refused and the stored one.
    const added = (await countLogEntries(db)) - before;
    expect(added).toBeGreaterThanOrEqual(4);

    const again = await importAdvisoryCollection(s.regulator, [named('a.json', a), named('b.json', b)]);
    expect(again).toMatchObject({ imported: 0, unchanged: 2, refused: [] });
    expect(await countLogEntries(db)).toBe(before + added);
  });

  it('is for regulators and the portal itself: labs, operators and vendors get 403 and nothing is stored', async () => {
    const d = doc([statement('pkg:npm/lodash@4.17.20', 'affected', { vulnerabilityId: 'CVE-2099-5104' })]);
    for (const actor of [s.lab, s.operator, s.vendor]) expect(await statusOf(importAdvisoryCollection(actor, [named('d.json', d)]))).toBe(403);
    expect(await (await getDb()).select().from(advisories).where(eq(advisories.documentId, d.documentId))).toHaveLength(0);
    expect(await importAdvisoryCollection(null, [named('d.json', d)])).toMatchObject({ imported: 1 });
  });
});
