import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { addMember, makeOrgUser } from '../helpers/actors';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import type { Actor } from '@/lib/authz/actor';
import { ServiceError } from '@/lib/errors';
import { getOperatorDecisionHistory, getOperatorDecisions } from '@/lib/operator-decisions/read-operator-decisions';
import { recordOperatorDecision } from '@/lib/operator-decisions/commands/record-decision';
import { listDeployments, previewDeploymentsCsv, searchDeployableVersions } from '@/lib/deployments/read-deployments';
import { replaceDeployments, replaceDeploymentsFromCsv } from '@/lib/deployments/commands/replace-inventory';
import type { IfMatch } from '@/lib/http/if-match';
import { getDiversity } from '@/lib/diversity/read-diversity';
import { getApprovedComponent, listApprovedComponents } from '@/lib/approved-components/read-approved-components';
import { createProduct } from '@/lib/products/commands/create-product';
import { createProductVersion } from '@/lib/products/commands/create-product-version';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { getLogEntries } from '@/lib/transparency-log/read-log';
import { countLogEntries } from '@/db/queries/log';
import { certificates } from '@/db/schema/certificates';
import { evidence, submissions } from '@/db/schema/submissions';
import { organizations } from '@/db/schema/organizations';
import { products } from '@/db/schema/products';
import { vulnerabilities } from '@/db/schema/operators';

const auth = vi.hoisted(() => ({ actor: null as Actor | null }));
// Route handlers are called directly; only the session/token lookup is replaced.
vi.mock('@/lib/auth/get-actor', async () => {
  const { unauthorized } = await import('@/lib/errors');
  return {
    requireActor: async () => {
      if (!auth.actor) throw unauthorized();
      return auth.actor;
    },
  };
});

/** `If-Match: "<tag>"`, as the route parses it. */
const ifMatchTag = (opaque: string): IfMatch => ({ tags: [{ opaque, isWeak: false }] });

let database: TestDatabase;
let s: Scenario;
let operatorB: Actor;
/** Versions: AMF 1.0 (scenario vendor, valid, issued through the workflow), SMF 1.0 (other vendor, valid), SMF 0.9 (suspended), gNB 7 (ran, valid), UPF 3 (never certified). */
const v = {} as Record<'amf' | 'smf' | 'smfOld' | 'gnb' | 'upf', string>;
const cert = {} as Record<'amf' | 'smf' | 'smfOld' | 'gnb', string>;

const statusOf = (p: Promise<unknown>) => p.then(() => 200, (e) => (e instanceof ServiceError ? e.status : Promise.reject(e)));
const logSize = () => countLogEntries(database.db);

/** A certified submission written straight into the database, with the certificate's denormalised columns. */
async function certify(vendor: Actor, versionId: string, product: { name: string; networkFunction: string; segment: 'ran' | 'transport' | 'core' }, version: string, status: 'valid' | 'suspended' | 'revoked' = 'valid') {
  const [sub] = await database.db
    .insert(submissions)
    .values({ productVersionId: versionId, vendorOrgId: vendor.orgId, labOrgId: s.lab.orgId, state: 'approved', reviewRound: 1, createdBy: vendor.userId, submittedAt: new Date() })
    .returning();
  const [row] = await database.db
    .insert(certificates)
    .values({
      submissionId: sub.id,
      productVersionId: versionId,
      vendorOrgId: vendor.orgId,
      labOrgId: s.lab.orgId,
      scheme: 'NESAS/SCAS',
      status,
      issuedAt: new Date(),
      expiresAt: new Date(Date.now() + 365 * 86_400_000),
      productName: product.name,
      versionLabel: version,
      vendorName: vendor.orgName,
      labName: s.lab.orgName,
      networkFunction: product.networkFunction,
      segment: product.segment,
    })
    .returning();
  return row.id;
}

async function newVersion(vendor: Actor, name: string, networkFunction: string, version: string) {
  const product = await createProduct(vendor, { name, networkFunction });
  return { product, version: await createProductVersion(vendor, product.id, { version }) };
}

beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('AMF');
  operatorB = await makeOrgUser('operator');

  // AMF 1.0 goes through the real workflow: a core product, approved by two regulators.
  const sub = await submissionInState(s, 'under_review');
  await database.db.update(evidence).set({ visibility: 'certified', sbom: SBOM }).where(eq(evidence.submissionId, sub.id));
  await performSubmissionAction(s.regulator, sub.id, 'approve', {});
  await performSubmissionAction(s.regulator2, sub.id, 'approve', {});
  const [issued] = await database.db.select().from(certificates).where(eq(certificates.submissionId, sub.id));
  v.amf = s.version.id;
  cert.amf = issued.id;

  const smf = await newVersion(s.otherVendor, 'Otter SMF', 'SMF', '1.0');
  v.smf = smf.version.id;
  cert.smf = await certify(s.otherVendor, v.smf, { name: 'Otter SMF', networkFunction: 'SMF', segment: 'core' }, '1.0');
  v.smfOld = (await createProductVersion(s.otherVendor, smf.product.id, { version: '0.9' })).id;
  cert.smfOld = await certify(s.otherVendor, v.smfOld, { name: 'Otter SMF', networkFunction: 'SMF', segment: 'core' }, '0.9', 'suspended');
  const gnb = await newVersion(s.vendor, 'Heron gNB', 'gNB', '7');
  v.gnb = gnb.version.id;
  cert.gnb = await certify(s.vendor, v.gnb, { name: 'Heron gNB', networkFunction: 'gNB', segment: 'ran' }, '7');
  v.upf = (await newVersion(s.otherVendor, 'Lynx UPF', 'UPF', '3')).version.id;

  await database.db.insert(vulnerabilities).values([
    { productVersionId: v.amf, cvssScore: 9.8, severity: 'critical', title: 'Auth bypass', description: 'x', reportedBy: s.operator.userId, reporterOrgId: s.operator.orgId },
    { productVersionId: v.amf, cvssScore: 5.0, severity: 'medium', title: 'Fixed one', description: 'x', status: 'fixed', reportedBy: s.operator.userId, reporterOrgId: s.operator.orgId },
  ]);
}, 180_000);

afterAll(async () => {
  await database.drop();
});

const SBOM = {
  format: 'cyclonedx',
  specVersion: '1.5',
  serialNumber: null,
  componentCount: 2,
  components: [
    { name: 'openssl', version: '3.0.13', purl: 'pkg:generic/openssl@3.0.13', licenses: ['Apache-2.0'] },
    { name: 'zlib', version: '1.3', purl: null, licenses: [] },
  ],
};

describe('operator decisions', () => {
  it('records an accept for the caller organisation, one log entry per change, with a version', async () => {
    const before = await logSize();
    const first = await recordOperatorDecision(s.operator, cert.amf, { decision: 'accept', rationale: 'Meets our baseline.' });
    expect(first).toMatchObject({ certificateId: cert.amf, decision: 'accept', version: 1, operator: { id: s.operator.orgId }, decidedBy: { id: s.operator.userId } });
    const second = await recordOperatorDecision(s.operator, cert.amf, { decision: 'reject', rationale: 'Critical vulnerability open.' }, 1);
    expect(second).toMatchObject({ id: first.id, decision: 'reject', version: 2 });
    expect(await logSize()).toBe(before + 2);
    const history = await getOperatorDecisionHistory(s.operator, cert.amf);
    expect(history.map((h) => [h.decision, h.version])).toEqual([
      ['accept', 1],
      ['reject', 2],
    ]);
  });

  it('shows operators only their own organisation, regulators everyone, vendors and labs nothing', async () => {
    await recordOperatorDecision(operatorB, cert.amf, { decision: 'accept', rationale: 'Fine for our RAN-light core.' });
    const own = await getOperatorDecisions(s.operator, { certificateId: cert.amf });
    expect(own.items.map((d) => d.operator.id)).toEqual([s.operator.orgId]);
    const b = await getOperatorDecisions(operatorB, {});
    expect(b.items.map((d) => d.operator.id)).toEqual([operatorB.orgId]);
    expect(b.items.some((d) => d.rationale.includes('Critical'))).toBe(false);
    expect(await statusOf(getOperatorDecisions(operatorB, { operatorOrgId: s.operator.orgId }))).toBe(403);
    const all = await getOperatorDecisions(s.regulator, { certificateId: cert.amf });
    expect(all.items.map((d) => d.operator.id).sort()).toEqual([s.operator.orgId, operatorB.orgId].sort());
    for (const actor of [s.vendor, s.lab, s.otherVendor]) {
      expect(await statusOf(getOperatorDecisions(actor, {}))).toBe(403);
      expect(await statusOf(getOperatorDecisionHistory(actor, cert.amf))).toBe(403);
    }
    expect(await getOperatorDecisionHistory(operatorB, cert.amf)).toHaveLength(1);
  });

  it('keeps the decision log entry unreadable to other operators (and the public), readable to regulators', async () => {
    const decision = await recordOperatorDecision(s.operator, cert.gnb, { decision: 'accept', rationale: 'Secret procurement reasoning.' });
    const window = { start: String(decision.logIndex), end: String(decision.logIndex + 1) };
    expect((await getLogEntries(operatorB, window)).entries[0].entry).toBeNull();
    expect((await getLogEntries(s.vendor, window)).entries[0].entry).toBeNull();
    expect((await getLogEntries(null, window)).entries[0].entry).toBeNull();
    const read = (await getLogEntries(s.regulator, window)).entries[0].entry!;
    const parsed = JSON.parse(read) as { type: string; subject: { kind: string; id: string }; data: Record<string, unknown> };
    expect(parsed).toMatchObject({ type: 'operator.decision', subject: { kind: 'operator_decision', id: decision.id }, data: { certificateId: cert.gnb, decision: 'accept', version: 1 } });
  });

  it('refuses non-operators (403), unknown certificates (404), bad input (400), stale versions (412), accepting a suspended certificate (409) — logging nothing', async () => {
    const before = await logSize();
    const body = { decision: 'accept', rationale: 'ok' };
    for (const actor of [s.vendor, s.lab, s.regulator]) expect(await statusOf(recordOperatorDecision(actor, cert.amf, body))).toBe(403);
    expect(await statusOf(recordOperatorDecision(s.operator, '00000000-0000-4000-8000-000000000000', body))).toBe(404);
    expect(await statusOf(recordOperatorDecision(s.operator, 'not-a-uuid', body))).toBe(404);
    expect(await statusOf(recordOperatorDecision(s.operator, cert.amf, { decision: 'maybe', rationale: 'x' }))).toBe(400);
    expect(await statusOf(recordOperatorDecision(s.operator, cert.amf, { decision: 'accept', rationale: '   ' }))).toBe(400);
    expect(await statusOf(recordOperatorDecision(s.operator, cert.amf, { ...body, extra: 1 }))).toBe(400);
    expect(await statusOf(recordOperatorDecision(s.operator, cert.amf, body, 1))).toBe(412);
    expect(await statusOf(recordOperatorDecision(s.operator, cert.smf, body, 3))).toBe(412);
    const suspended = await recordOperatorDecision(s.operator, cert.smfOld, body).catch((e: ServiceError) => e);
    expect(suspended).toBeInstanceOf(ServiceError);
    expect((suspended as ServiceError).status).toBe(409);
    expect((suspended as ServiceError).extra.currentState).toBe('suspended');
    expect(await logSize()).toBe(before);
    await recordOperatorDecision(s.operator, cert.smfOld, { decision: 'reject', rationale: 'Suspended by the regulator.' }, 0);
    expect(await logSize()).toBe(before + 1);
  });

  it('serves POST and GET /api/v1/certificates/{id}/operator-decision', async () => {
    const route = await import('@/app/api/v1/certificates/[id]/operator-decision/route');
    const params = { params: Promise.resolve({ id: cert.smf }) };
    auth.actor = operatorB;
    const post = await route.POST(
      new Request('http://localhost/x', { method: 'POST', headers: { 'content-type': 'application/json', 'if-match': '"0"' }, body: JSON.stringify({ decision: 'accept', rationale: 'Diverse core.' }) }),
      params,
    );
    expect(post.status).toBe(200);
    expect(post.headers.get('etag')).toBe('"1"');
    expect(await post.json()).toMatchObject({ decision: 'accept', version: 1, logIndex: expect.any(Number) });
    auth.actor = s.vendor;
    const refused = await route.GET(new Request('http://localhost/x'), params);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    auth.actor = s.operator;
    expect(((await (await route.GET(new Request('http://localhost/x'), params)).json()) as { items: unknown[] }).items).toEqual([]);
  });
});

describe('races', () => {
  it('two colleagues deciding at once both land, one after the other, each logged', async () => {
    const colleague = await addMember(operatorB);
    const before = await logSize();
    const results = await Promise.all([
      recordOperatorDecision(operatorB, cert.gnb, { decision: 'accept', rationale: 'First.' }),
      recordOperatorDecision(colleague, cert.gnb, { decision: 'reject', rationale: 'Second.' }),
    ]);
    expect(results.map((r) => r.version).sort()).toEqual([1, 2]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await logSize()).toBe(before + 2);
  });

  it('two colleagues both making the first decision (If-Match 0) at once: one wins, the other gets 412', async () => {
    const colleague = await addMember(operatorB);
    const before = await logSize();
    const statuses = await Promise.all([
      statusOf(recordOperatorDecision(operatorB, cert.smfOld, { decision: 'reject', rationale: 'A.' }, 0)),
      statusOf(recordOperatorDecision(colleague, cert.smfOld, { decision: 'reject', rationale: 'B.' }, 0)),
    ]);
    expect(statuses.sort()).toEqual([200, 412]);
    expect(await logSize()).toBe(before + 1);
  });

  it('two replacements of one inventory at once are serialised: both succeed, the last one wins, none fails', async () => {
    const colleague = await addMember(operatorB);
    const outcomes = await Promise.all([
      replaceDeployments(operatorB, { deployments: [{ productVersionId: v.gnb, quantity: 1 }] }),
      replaceDeployments(colleague, { deployments: [{ productVersionId: v.upf, quantity: 2 }, { productVersionId: v.gnb, quantity: 5 }] }),
    ]);
    const final = await listDeployments(operatorB);
    expect(outcomes.map((o) => o.digest)).toContain(final.digest);
    expect([1, 2]).toContain(final.items.length);
  });
});

describe('approved components', () => {
  it('lists certified, not revoked versions with vulnerability counts and the caller organisation decision', async () => {
    const page = await listApprovedComponents(s.operator, {});
    const byId = new Map(page.items.map((i) => [i.certificateId, i]));
    expect([...byId.keys()]).toEqual(expect.arrayContaining([cert.amf, cert.smf, cert.smfOld, cert.gnb]));
    expect(byId.get(cert.amf)).toMatchObject({
      status: 'valid',
      product: { name: s.product.name },
      segment: 'core',
      openVulnerabilities: { critical: 1, medium: 0 },
      decision: { decision: 'reject', version: 2 },
      decisionCounts: null,
    });
    expect(byId.get(cert.smfOld)?.status).toBe('suspended');
    expect((await listApprovedComponents(operatorB, {})).items.find((i) => i.certificateId === cert.amf)?.decision).toMatchObject({ decision: 'accept' });
    expect((await listApprovedComponents(s.regulator, {})).items.find((i) => i.certificateId === cert.amf)).toMatchObject({ decision: null, decisionCounts: { accept: 1, reject: 1 } });
    for (const actor of [s.vendor, s.lab]) expect(await statusOf(listApprovedComponents(actor, {}))).toBe(403);
  });

  it('searches every word, filters and paginates', async () => {
    expect((await listApprovedComponents(s.operator, { q: 'otter 0.9' })).items.map((i) => i.certificateId)).toEqual([cert.smfOld]);
    expect((await listApprovedComponents(s.operator, { q: 'OTT smf' })).items.map((i) => i.certificateId).sort()).toEqual([cert.smf, cert.smfOld].sort());
    expect((await listApprovedComponents(s.operator, { q: 'tter' })).items).toEqual([]);
    expect((await listApprovedComponents(s.operator, { segment: 'ran' })).items.map((i) => i.certificateId)).toEqual([cert.gnb]);
    expect((await listApprovedComponents(s.operator, { networkFunction: 'SMF' })).items).toHaveLength(2);
    const first = await listApprovedComponents(s.operator, { limit: '2' });
    expect(first.items).toHaveLength(2);
    const second = await listApprovedComponents(s.operator, { limit: '2', cursor: first.nextCursor! });
    expect(second.items.map((i) => i.certificateId)).not.toContain(first.items[0].certificateId);
    expect(first.items.length + second.items.length).toBe(4);
    expect(await statusOf(listApprovedComponents(s.operator, { cursor: 'garbage' }))).toBe(400);
  });

  it('shows one component with certified evidence, SBOM components, results, vulnerabilities and the decision history', async () => {
    const detail = await getApprovedComponent(s.operator, cert.amf);
    expect(detail.evidence.map((e) => e.visibility)).toEqual(['certified']);
    expect(detail.sbom).toMatchObject({ format: 'cyclonedx', componentCount: 2, components: [{ name: 'openssl' }, { name: 'zlib' }] });
    expect(detail.results.summary.total).toBeGreaterThan(0);
    expect(detail.vulnerabilities.map((x) => x.title)).toEqual(['Auth bypass', 'Fixed one']);
    expect(detail.decisions.map((d) => d.operator.id)).toEqual([s.operator.orgId]);
    expect(detail.history).toHaveLength(2);
    const forRegulator = await getApprovedComponent(s.regulator, cert.amf);
    expect(forRegulator.decisions).toHaveLength(2);
    expect(forRegulator.history).toEqual([]);
    expect(await statusOf(getApprovedComponent(s.vendor, cert.amf))).toBe(403);
    expect(await statusOf(getApprovedComponent(s.operator, '00000000-0000-4000-8000-000000000000'))).toBe(404);
  });
});

describe('deployments', () => {
  it('replaces the inventory in one go and logs it once, with count, units and digest', async () => {
    const before = await logSize();
    const saved = await replaceDeployments(s.operator, {
      deployments: [
        { productVersionId: v.amf, quantity: 10 },
        { productVersionId: v.gnb, quantity: 400 },
      ],
    });
    expect(saved.totalUnits).toBe(410);
    expect(saved.items.map((i) => [i.label, i.quantity, i.certificate?.status ?? null, i.flag])).toEqual([
      [`Heron gNB 7`, 400, 'valid', null],
      [`${s.product.name} 1.0.0`, 10, 'valid', null],
    ]);
    expect(await logSize()).toBe(before + 1);
    const entry = JSON.parse((await getLogEntries(s.regulator, { start: String(saved.logIndex), end: String(saved.logIndex + 1) })).entries[0].entry!);
    expect(entry).toMatchObject({ type: 'deployments.replaced', subject: { kind: 'deployments', id: s.operator.orgId }, data: { count: 2, totalUnits: 410, sha256: saved.digest } });
    expect((await getLogEntries(operatorB, { start: String(saved.logIndex), end: String(saved.logIndex + 1) })).entries[0].entry).toBeNull();

    const replaced = await replaceDeployments(s.operator, { deployments: [{ productVersionId: v.upf, quantity: 3 }] }, ifMatchTag(saved.digest));
    expect(replaced.items.map((i) => [i.productVersionId, i.flag])).toEqual([[v.upf, 'missing']]);
  });

  it('refuses unknown versions (422 naming them), bad quantities and duplicates (400), stale digests (412) and non-operators (403), changing and logging nothing', async () => {
    const before = await listDeployments(s.operator);
    const size = await logSize();
    const unknown = '00000000-0000-4000-8000-00000000abcd';
    const refused = await replaceDeployments(s.operator, { deployments: [{ productVersionId: v.amf, quantity: 1 }, { productVersionId: unknown, quantity: 2 }] }).catch((e: ServiceError) => e);
    expect((refused as ServiceError).status).toBe(422);
    expect((refused as ServiceError).message).toContain(unknown);
    expect((refused as ServiceError).extra.errors).toEqual([{ path: 'deployments.1.productVersionId', message: `Unknown product version ${unknown}` }]);
    for (const quantity of [0, -1, 1.5, 10_000_001, '5']) {
      expect(await statusOf(replaceDeployments(s.operator, { deployments: [{ productVersionId: v.amf, quantity }] }))).toBe(400);
    }
    expect(await statusOf(replaceDeployments(s.operator, { deployments: [{ productVersionId: v.amf, quantity: 1 }, { productVersionId: v.amf, quantity: 2 }] }))).toBe(400);
    expect(await statusOf(replaceDeployments(s.operator, { deployments: [], extra: true }))).toBe(400);
    expect(await statusOf(replaceDeployments(s.operator, { deployments: [] }, ifMatchTag('f'.repeat(64))))).toBe(412);
    for (const actor of [s.vendor, s.lab, s.regulator]) expect(await statusOf(replaceDeployments(actor, { deployments: [] }))).toBe(403);
    expect(await listDeployments(s.operator)).toEqual(before);
    expect(await logSize()).toBe(size);
  });

  it('imports CSV by ids or names, all or nothing, with per-row errors and line numbers', async () => {
    const size = await logSize();
    const bad = await replaceDeploymentsFromCsv(
      s.operator,
      `vendor,product,version,quantity\n${s.vendor.orgName},${s.product.name},1.0.0,5\n${s.otherVendor.orgName},Otter SMF,9.9,5\nNobody,Nothing,1,x\n`,
    ).catch((e: ServiceError) => e);
    expect((bad as ServiceError).status).toBe(422);
    expect((bad as ServiceError).extra.errors).toEqual([{ path: 'line 4', line: 4, message: expect.stringMatching(/quantity "x" is not a whole number/) }]);
    const unresolved = await replaceDeploymentsFromCsv(s.operator, `vendor,product,version,quantity\n${s.vendor.orgName},${s.product.name},1.0.0,5\n${s.otherVendor.orgName},Otter SMF,9.9,5\n`).catch((e: ServiceError) => e);
    expect((unresolved as ServiceError).extra.errors).toEqual([{ path: 'line 3', line: 3, message: `No version "9.9" of product "Otter SMF" by vendor "${s.otherVendor.orgName}"` }]);
    expect(await logSize()).toBe(size);

    const preview = await previewDeploymentsCsv(s.operator, `vendor,product,version,quantity\n${s.vendor.orgName.toUpperCase()},${s.product.name},1.0.0,5\n`);
    expect(preview.items).toMatchObject([{ productVersionId: v.amf, quantity: 5, certificate: { status: 'valid' } }]);
    expect(await logSize()).toBe(size);

    const saved = await replaceDeploymentsFromCsv(s.operator, `productVersionId,quantity\n${v.amf},7\n${v.smf},3\n`);
    expect(saved.items.map((i) => [i.productVersionId, i.quantity]).sort()).toEqual([[v.amf, 7], [v.smf, 3]].sort());
    expect(await logSize()).toBe(size + 1);
    expect(await statusOf(replaceDeploymentsFromCsv(s.vendor, 'productVersionId,quantity\n'))).toBe(403);
  });

  it('serves GET and PUT /api/v1/deployments (JSON and CSV, ETag and If-Match)', async () => {
    const { GET, PUT } = await import('@/app/api/v1/deployments/route');
    const none = { params: Promise.resolve({}) };
    auth.actor = operatorB;
    const got = await GET(new Request('http://localhost/api/v1/deployments'), none);
    const etag = got.headers.get('etag')!;
    const put = await PUT(new Request('http://localhost/api/v1/deployments', { method: 'PUT', headers: { 'content-type': 'text/csv', 'if-match': etag }, body: `productVersionId,quantity\n${v.upf},2\n` }), none);
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ operator: { id: operatorB.orgId }, totalUnits: 2 });
    const stale = await PUT(new Request('http://localhost/api/v1/deployments', { method: 'PUT', headers: { 'content-type': 'application/json', 'if-match': etag }, body: JSON.stringify({ deployments: [] }) }), none);
    expect(stale.status).toBe(412);
    const xml = await PUT(new Request('http://localhost/api/v1/deployments', { method: 'PUT', headers: { 'content-type': 'application/xml' }, body: '<x/>' }), none);
    expect(xml.status).toBe(415);
    auth.actor = s.regulator;
    const one = await GET(new Request(`http://localhost/api/v1/deployments?operator=${operatorB.orgId}`), none);
    expect(await one.json()).toMatchObject({ operator: { id: operatorB.orgId }, items: [{ productVersionId: v.upf, quantity: 2 }] });
    auth.actor = s.operator;
    expect((await GET(new Request(`http://localhost/api/v1/deployments?operator=${operatorB.orgId}`), none)).status).toBe(403);
  });

  it('checks If-Match on PUT /api/v1/deployments per RFC 9110: a well-formed other tag 412, weak never matches, "*" any, malformed 400', async () => {
    const { GET, PUT } = await import('@/app/api/v1/deployments/route');
    const none = { params: Promise.resolve({}) };
    // An operator of its own, whose inventory ends empty: the diversity tests below count every operator's units.
    auth.actor = await makeOrgUser('operator');
    const put = (ifMatch: string, quantity = 4) =>
      PUT(
        new Request('http://localhost/api/v1/deployments', {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'if-match': ifMatch },
          body: JSON.stringify({ deployments: quantity ? [{ productVersionId: v.gnb, quantity }] : [] }),
        }),
        none,
      );
    const etag = (await GET(new Request('http://localhost/api/v1/deployments'), none)).headers.get('etag')!;
    const size = await logSize();
    const stale = await put('"stale-0"');
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ currentEntityTag: etag });
    expect((await put(`W/${etag}`)).status).toBe(412);
    expect((await put('not-a-tag')).status).toBe(400);
    expect(await logSize()).toBe(size);
    expect((await put(`"stale-0", ${etag}`)).status).toBe(200);
    expect((await put('*', 0)).status).toBe(200);
    expect(await logSize()).toBe(size + 2);
  });

  it('searches deployable versions, certified ones only (PRODUCT.md: operators see versions with a certificate), for operators only', async () => {
    expect((await searchDeployableVersions(s.operator, { q: 'lynx' })).items).toEqual([]); // UPF 3: never submitted
    expect((await searchDeployableVersions(s.operator, { q: 'otter' })).items).toMatchObject([
      { version: '0.9', certificate: { status: 'suspended' }, flag: 'suspended' },
      { version: '1.0', certificate: { status: 'valid' }, flag: null },
    ]);
    expect(await statusOf(searchDeployableVersions(s.vendor, { q: '' }))).toBe(403);
  });

  it('matches every word as the start of a word of the product, model, version, vendor or function', async () => {
    const versions = async (q: string) => (await searchDeployableVersions(s.operator, { q })).items.map((i) => i.productVersionId).sort();
    expect(await versions('ott')).toEqual([v.smf, v.smfOld].sort());
    expect(await versions('tter')).toEqual([]);
    expect(await versions('otter 0.9')).toEqual([v.smfOld]);
    expect(await versions('OTTER   smf')).toEqual([v.smf, v.smfOld].sort());
    expect(await versions('otter smf 1.0')).toEqual([v.smf]);
    expect(await versions('lynx upf 3')).toEqual([]); // matches, but never certified
    const vendorWord = s.otherVendor.orgName.split(' ')[0].slice(0, 4);
    expect(await versions(vendorWord)).toEqual(expect.arrayContaining([v.smf, v.smfOld]));
    expect(await versions(vendorWord)).not.toContain(v.upf);
    expect(await versions("'otter':* & ! | (\\")).toEqual([v.smf, v.smfOld].sort()); // tsquery syntax only separates words
    // A revoked certificate keeps its version visible, listed after the unrevoked ones.
    const revoked = (await createProductVersion(s.otherVendor, (await database.db.select().from(products).where(eq(products.name, 'Otter SMF')))[0].id, { version: '0.1' })).id;
    await certify(s.otherVendor, revoked, { name: 'Otter SMF', networkFunction: 'SMF', segment: 'core' }, '0.1', 'revoked');
    const ranked = (await searchDeployableVersions(s.operator, { q: vendorWord })).items.map((i) => i.productVersionId);
    expect(ranked.indexOf(revoked)).toBeGreaterThan(Math.max(ranked.indexOf(v.smf), ranked.indexOf(v.smfOld))); // unrevoked first
  });

  it('keeps the version search current when a version is added or a product or vendor renamed', async () => {
    const versions = async (q: string) => (await searchDeployableVersions(s.operator, { q })).items.map((i) => i.version).sort();
    const lynx = (await database.db.select().from(products).where(eq(products.name, 'Lynx UPF')))[0];
    const added = await createProductVersion(s.otherVendor, lynx.id, { version: '4.1' });
    expect(await versions('lynx 4.1')).toEqual([]); // not certified yet: invisible to operators
    await certify(s.otherVendor, added.id, { name: 'Lynx UPF', networkFunction: 'UPF', segment: 'core' }, '4.1');
    expect(await versions('lynx 4.1')).toEqual(['4.1']);
    await database.db.update(products).set({ name: 'Bobcat UPF' }).where(eq(products.id, lynx.id));
    expect(await versions('bobcat')).toEqual(['4.1']); // 3 matches too, but is never certified
    expect(await versions('lynx')).toEqual([]);
    await database.db.update(organizations).set({ name: 'Zanzibar Radio Works' }).where(eq(organizations.id, s.otherVendor.orgId));
    expect(await versions('zanzib bobcat')).toEqual(['4.1']);
    await database.db.update(organizations).set({ name: s.otherVendor.orgName }).where(eq(organizations.id, s.otherVendor.orgId));
    await database.db.update(products).set({ name: 'Lynx UPF' }).where(eq(products.id, lynx.id));
    expect(await versions('lynx')).toEqual(['4.1']);
    expect(await versions('zanzib')).toEqual([]);
  });
});

describe('diversity', () => {
  const core = async (actor: Actor, query = {}) => (await getDiversity(actor, query)).segments.find((x) => x.segment === 'core')!;

  it('refuses vendors and labs: they see no diversity data', async () => {
    for (const actor of [s.vendor, s.otherVendor, s.lab]) expect(await statusOf(getDiversity(actor, {}))).toBe(403);
    const { GET } = await import('@/app/api/v1/diversity/route');
    auth.actor = s.vendor;
    const refused = await GET(new Request('http://localhost/api/v1/diversity'), { params: Promise.resolve({}) });
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('units');
  });

  it('does not flag a vendor with exactly 50 % of a segment', async () => {
    await replaceDeployments(s.operator, { deployments: [{ productVersionId: v.amf, quantity: 50 }, { productVersionId: v.smf, quantity: 50 }] });
    const segment = await core(s.operator);
    expect(segment.totalUnits).toBe(100);
    expect(segment.vendors.map((x) => [x.vendorId, x.units, x.share, x.isConcentrated])).toEqual(
      expect.arrayContaining([
        [s.vendor.orgId, 50, { numerator: 1, denominator: 2 }, false],
        [s.otherVendor.orgId, 50, { numerator: 1, denominator: 2 }, false],
      ]),
    );
    expect(segment.concentrated).toEqual([]);
    expect(segment.flagged).toEqual([]);
  });

  it('flags a vendor with 50.1 %', async () => {
    await replaceDeployments(s.operator, { deployments: [{ productVersionId: v.amf, quantity: 501 }, { productVersionId: v.smf, quantity: 499 }] });
    const diversity = await getDiversity(s.operator, {});
    const segment = diversity.segments.find((x) => x.segment === 'core')!;
    expect(segment.concentrated).toMatchObject([{ vendorId: s.vendor.orgId, units: 501 }]);
    expect(diversity.threshold).toBe(0.5);
    expect(diversity.operators).toBeNull();
    expect(diversity.segments.map((x) => x.segment)).toEqual(['ran', 'transport', 'core']);
  });

  it('flags deployed versions whose certificate is suspended or missing', async () => {
    await replaceDeployments(s.operator, {
      deployments: [
        { productVersionId: v.smfOld, quantity: 4 },
        { productVersionId: v.upf, quantity: 6 },
        { productVersionId: v.gnb, quantity: 100 },
      ],
    });
    const diversity = await getDiversity(s.operator, {});
    const segment = diversity.segments.find((x) => x.segment === 'core')!;
    expect(segment.flagged.map((f) => [f.productVersionId, f.reason, f.units])).toEqual([
      [v.smfOld, 'suspended', 4],
      [v.upf, 'missing', 6],
    ]);
    expect(diversity.flaggedCount).toBe(2);
    expect(diversity.segments[0]).toMatchObject({ segment: 'ran', totalUnits: 100, flagged: [] });
  });

  it('gives regulators all operators together or one, with the list of operators; operators cannot ask for another', async () => {
    // operatorB holds 2 units of UPF (other vendor); s.operator 4 SMF 0.9 + 6 UPF (other vendor) in core.
    const all = await core(s.regulator);
    expect(all.totalUnits).toBe(12);
    expect(all.concentrated).toMatchObject([{ vendorId: s.otherVendor.orgId, units: 12 }]);
    expect(all.flagged.map((f) => [f.operator?.id, f.productVersionId])).toEqual(
      expect.arrayContaining([
        [operatorB.orgId, v.upf],
        [s.operator.orgId, v.upf],
      ]),
    );
    const one = await getDiversity(s.regulator, { operator: operatorB.orgId });
    expect(one.scope.operator).toEqual({ id: operatorB.orgId, name: operatorB.orgName });
    expect(one.totalUnits).toBe(2);
    const regulatorView = await getDiversity(s.regulator, {});
    expect(regulatorView.operators?.map((o) => o.id)).toEqual(expect.arrayContaining([s.operator.orgId, operatorB.orgId]));
    expect(regulatorView.operators?.find((o) => o.id === s.operator.orgId)?.totalUnits).toBe(110);
    expect(await statusOf(getDiversity(s.regulator, { operator: s.vendor.orgId }))).toBe(404);
    expect(await statusOf(getDiversity(s.operator, { operator: operatorB.orgId }))).toBe(403);
    expect(await statusOf(getDiversity(s.operator, { operator: 'x' }))).toBe(400);
  });

  it('logs nothing when read', async () => {
    const size = await logSize();
    await getDiversity(s.regulator, {});
    await listDeployments(s.operator);
    await listApprovedComponents(s.operator, {});
    await getApprovedComponent(s.operator, cert.amf);
    expect(await logSize()).toBe(size);
  });
});

describe('the OpenAPI document', () => {
  it('documents every operator endpoint', async () => {
    const { buildOpenApiDocument } = await import('@/lib/api/openapi');
    const paths = buildOpenApiDocument('http://localhost').paths as Record<string, Record<string, { operationId: string }>>;
    expect(paths['/api/v1/approved-components'].get.operationId).toBe('listApprovedComponents');
    expect(paths['/api/v1/approved-components/{certificateId}'].get.operationId).toBe('getApprovedComponent');
    expect(paths['/api/v1/certificates/{id}/operator-decision'].post.operationId).toBe('recordOperatorDecision');
    expect(paths['/api/v1/deployments'].put.operationId).toBe('replaceDeployments');
    expect(paths['/api/v1/diversity'].get.operationId).toBe('getDiversity');
  });
});
