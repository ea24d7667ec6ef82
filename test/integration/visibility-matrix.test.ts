import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { makeOrgUser } from '../helpers/actors';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import type { Actor } from '@/lib/authz/actor';
import { certificates } from '@/db/schema/certificates';
import { evidence, submissions } from '@/db/schema/submissions';
import { isSubmissionVisible } from '@/lib/visibility/submissions';
import { isProductVersionVisible } from '@/lib/visibility/product-versions';
import { isEvidenceVisible } from '@/lib/visibility/evidence';
import { isOperatorDataVisible } from '@/lib/visibility/operators';
import { maySeeVulnerabilitiesOf } from '@/lib/visibility/vulnerabilities';

/*
 * PRODUCT.md "Who sees what", cell by cell, through the HTTP API (the route handlers as Next calls
 * them; only the session/token lookup is replaced by the caller below). One product of one vendor
 * with three versions: 5.3.0-rc1 never submitted (a draft submission), 5.2.0 submitted to the lab
 * and in evaluation, 1.0.0 approved through the workflow (certified). Invisible objects answer 404,
 * never 403; the public gets 401 from the signed-in API and reads the registry and the log.
 */

const caller = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/get-actor', async () => {
  const { unauthorized: u } = await import('@/lib/errors');
  return {
    getActor: async () => caller.actor,
    requireActor: async () => {
      if (!caller.actor) throw u();
      return caller.actor;
    },
  };
});

const productRoute = await import('@/app/api/v1/products/[id]/route');
const productsRoute = await import('@/app/api/v1/products/route');
const versionsRoute = await import('@/app/api/v1/products/[id]/versions/route');
const submissionRoute = await import('@/app/api/v1/submissions/[id]/route');
const submissionsRoute = await import('@/app/api/v1/submissions/route');
const historyRoute = await import('@/app/api/v1/submissions/[id]/history/route');
const resultsRoute = await import('@/app/api/v1/submissions/[id]/results/route');
const evidenceListRoute = await import('@/app/api/v1/submissions/[id]/evidence/route');
const evidenceRoute = await import('@/app/api/v1/evidence/[id]/route');
const contentRoute = await import('@/app/api/v1/evidence/[id]/content/route');
const actionRoute = await import('@/app/api/v1/submissions/[id]/actions/[action]/route');
const certificateRoute = await import('@/app/api/v1/certificates/[id]/route');
const registryRoute = await import('@/app/api/v1/registry/route');
const registryEntryRoute = await import('@/app/api/v1/registry/[id]/route');
const decisionRoute = await import('@/app/api/v1/certificates/[id]/operator-decision/route');
const deploymentsRoute = await import('@/app/api/v1/deployments/route');
const logEntriesRoute = await import('@/app/api/v1/log/entries/route');
const pickerActions = await import('@/app/(portal)/deployments/actions');
const vulnerabilitiesRoute = await import('@/app/api/v1/vulnerabilities/route');
const vulnerabilityRoute = await import('@/app/api/v1/vulnerabilities/[id]/route');

const ROLES = ['ownVendor', 'otherVendor', 'assignedLab', 'otherLab', 'regulator', 'operator', 'public'] as const;
type Role = (typeof ROLES)[number];
type Row = Record<Role, boolean>;

/** A row of the table: who sees it (true) and who does not. */
const row = (...visible: Role[]): Row => Object.fromEntries(ROLES.map((r) => [r, visible.includes(r)])) as Row;

// PRODUCT.md "Who sees what" (the public column read through the public registry and log).
const TABLE = {
  versionNeverSubmitted: row('ownVendor'),
  versionSubmittedNotCertified: row('ownVendor', 'assignedLab', 'regulator'),
  versionCertified: row('ownVendor', 'otherVendor', 'assignedLab', 'otherLab', 'regulator', 'operator', 'public'),
  draftSubmission: row('ownVendor'),
  submittedSubmission: row('ownVendor', 'assignedLab', 'regulator'),
  certifiedSubmission: row('ownVendor', 'assignedLab', 'regulator', 'operator'),
  evidenceAssessment: row('ownVendor', 'assignedLab', 'regulator'),
  evidenceCertified: row('ownVendor', 'assignedLab', 'regulator', 'operator'),
  resultsSubmitted: row('ownVendor', 'assignedLab', 'regulator'),
  resultsCertified: row('ownVendor', 'assignedLab', 'regulator', 'operator'),
  certificate: row('ownVendor', 'otherVendor', 'assignedLab', 'otherLab', 'regulator', 'operator', 'public'),
  // "operator decisions, deployments": regulators all, an operator its own organisation's.
  operatorData: row('regulator', 'operator'),
  // "log: entry contents": public types to everyone; the rest as for the subject (see lib/visibility/log-entries.ts).
  logPublicEntry: row('ownVendor', 'otherVendor', 'assignedLab', 'otherLab', 'regulator', 'operator', 'public'),
  logDraftSubmissionEntry: row('ownVendor', 'regulator'),
  logSubmittedSubmissionEntry: row('ownVendor', 'assignedLab', 'regulator'),
  // Operators see a certified submission but not its log: it records assessment-only evidence too.
  logCertifiedSubmissionEntry: row('ownVendor', 'assignedLab', 'regulator'),
  logProductEntry: row('ownVendor', 'regulator'),
  logOperatorEntry: row('regulator', 'operator'),
  // Not a PRODUCT.md row: a vulnerability follows the version it names (lib/visibility/vulnerabilities.ts),
  // regulators see all, a vendor only its own products' (another vendor's objects are invisible).
  vulnerabilityNeverSubmitted: row('ownVendor', 'regulator'),
  vulnerabilitySubmittedNotCertified: row('ownVendor', 'assignedLab', 'regulator'),
  vulnerabilityCertified: row('ownVendor', 'assignedLab', 'otherLab', 'regulator', 'operator'),
} satisfies Record<string, Row>;

let database: TestDatabase;
let s: Scenario;
let actors: Record<Role, Actor | null>;
let otherOperator: Actor;
const ids = {} as Record<
  | 'product'
  | 'vDraft'
  | 'vSubmitted'
  | 'vCertified'
  | 'subDraft'
  | 'subSubmitted'
  | 'subCertified'
  | 'evDraft'
  | 'evSubmitted'
  | 'evCertAssessment'
  | 'evCertCertified'
  | 'certificate',
  string
>;
const logIndex = {} as Record<
  'evDraft' | 'evSubmitted' | 'evCertAssessment' | 'certificateIssued' | 'decisionApproved' | 'productCreated' | 'versionCreated' | 'operatorDecision' | 'deployments',
  number
>;

const ctx = <P,>(params: P) => ({ params: Promise.resolve(params) });
const url = (path: string) => `http://localhost${path}`;

async function as<T>(actor: Actor | null, fn: () => Promise<T>): Promise<T> {
  const previous = caller.actor;
  caller.actor = actor;
  try {
    return await fn();
  } finally {
    caller.actor = previous;
  }
}

const jsonPost = (path: string, body: unknown) =>
  new Request(url(path), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function upload(actor: Actor, submissionId: string, visibility: 'assessment' | 'certified') {
  return as(actor, async () => {
    const response = await evidenceListRoute.POST(
      new Request(url(`/api/v1/submissions/${submissionId}/evidence?kind=design_doc&filename=doc-${visibility}.txt&visibility=${visibility}`), {
        method: 'POST',
        body: randomBytes(64),
        headers: { 'content-type': 'text/plain' },
      }),
      ctx({ id: submissionId }),
    );
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; logIndex: number };
  });
}

/** Moves a draft written by the fixtures on to `state` (as the workflow would have). */
async function moveTo(id: string, state: 'in_evaluation' | 'under_review') {
  await database.db
    .update(submissions)
    .set({ state, submittedAt: new Date(), reviewRound: state === 'under_review' ? 1 : 0 })
    .where(eq(submissions.id, id));
}

beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('UPF');
  otherOperator = await makeOrgUser('operator');
  actors = {
    ownVendor: s.vendor,
    otherVendor: s.otherVendor,
    assignedLab: s.lab,
    otherLab: s.otherLab,
    regulator: s.regulator,
    operator: s.operator,
    public: null,
  };

  // The product and its versions, through the API (their log entries are the product's).
  const created = await as(s.vendor, async () => (await productsRoute.POST(jsonPost('/api/v1/products', { name: 'Visibility UPF', networkFunction: 'UPF' }), ctx({}))).json());
  ids.product = created.id;
  const addVersion = async (version: string) =>
    as(s.vendor, async () => {
      const response = await versionsRoute.POST(jsonPost(`/api/v1/products/${ids.product}/versions`, { version }), ctx({ id: ids.product }));
      expect(response.status).toBe(201);
      return (await response.json()).id as string;
    });
  ids.vCertified = await addVersion('1.0.0');
  ids.vSubmitted = await addVersion('5.2.0');
  ids.vDraft = await addVersion('5.3.0-rc1');
  const product = { id: ids.product, name: 'Visibility UPF', networkFunction: 'UPF', vendorOrgId: s.vendor.orgId };
  const withVersion = (id: string, version: string) => ({ ...s, product: { ...s.product, ...product }, version: { ...s.version, id, version } });

  // Each submission starts as a draft the vendor uploads real files to.
  const draft = await submissionInState(withVersion(ids.vDraft, '5.3.0-rc1'), 'draft');
  const inEvaluation = await submissionInState(withVersion(ids.vSubmitted, '5.2.0'), 'draft');
  const certified = await submissionInState(withVersion(ids.vCertified, '1.0.0'), 'draft');
  ids.subDraft = draft.id;
  ids.subSubmitted = inEvaluation.id;
  ids.subCertified = certified.id;
  const evDraft = await upload(s.vendor, draft.id, 'assessment');
  const evSubmitted = await upload(s.vendor, inEvaluation.id, 'assessment');
  const evCertAssessment = await upload(s.vendor, certified.id, 'assessment');
  const evCertCertified = await upload(s.vendor, certified.id, 'certified');
  Object.assign(ids, { evDraft: evDraft.id, evSubmitted: evSubmitted.id, evCertAssessment: evCertAssessment.id, evCertCertified: evCertCertified.id });
  Object.assign(logIndex, { evDraft: evDraft.logIndex, evSubmitted: evSubmitted.logIndex, evCertAssessment: evCertAssessment.logIndex });

  await moveTo(inEvaluation.id, 'in_evaluation');
  await moveTo(certified.id, 'under_review');
  // UPF is a core function: two regulators approve, the second issues the certificate.
  for (const regulator of [s.regulator, s.regulator2]) {
    const response = await as(regulator, () => actionRoute.POST(new Request(url(`/api/v1/submissions/${certified.id}/actions/approve`), { method: 'POST' }), ctx({ id: certified.id, action: 'approve' })));
    expect(response.status).toBe(200);
  }
  const [certificate] = await database.db.select().from(certificates).where(eq(certificates.submissionId, certified.id));
  expect(certificate).toBeDefined();
  ids.certificate = certificate.id;

  // The operator's decision and inventory, and another operator's inventory.
  const decided = await as(s.operator, async () =>
    (await decisionRoute.POST(jsonPost(`/api/v1/certificates/${ids.certificate}/operator-decision`, { decision: 'accept', rationale: 'Fits our core' }), ctx({ id: ids.certificate }))).json(),
  );
  logIndex.operatorDecision = decided.logIndex;
  const putInventory = (actor: Actor, quantity: number) =>
    as(actor, async () => {
      const response = await deploymentsRoute.PUT(
        new Request(url('/api/v1/deployments'), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deployments: [{ productVersionId: ids.vCertified, quantity }] }) }),
        ctx({}),
      );
      expect(response.status).toBe(200);
      return (await response.json()) as { logIndex: number };
    });
  logIndex.deployments = (await putInventory(s.operator, 12)).logIndex;
  await putInventory(otherOperator, 3);

  // Where the other entries landed, read as a regulator (who reads every entry).
  const entries = await readEntries(s.regulator);
  const find = (type: string, match: (data: Record<string, unknown>, subjectId: string) => boolean) => {
    const hit = entries.find((e) => e.parsed?.type === type && match(e.parsed.data, e.parsed.subject.id));
    if (!hit) throw new Error(`no ${type} entry`);
    return hit.index;
  };
  logIndex.certificateIssued = find('certificate.issued', (_d, subject) => subject === ids.certificate);
  logIndex.decisionApproved = find('decision.approved', (_d, subject) => subject === ids.subCertified);
  logIndex.productCreated = find('product.created', (_d, subject) => subject === ids.product);
  logIndex.versionCreated = find('version.created', (d) => d.versionId === ids.vDraft);
}, 180_000);

afterAll(async () => {
  await database.drop();
});

type Entry = { index: number; entry: string | null; parsed: { type: string; subject: { kind: string; id: string }; data: Record<string, unknown> } | null };

async function readEntries(actor: Actor | null): Promise<Entry[]> {
  return as(actor, async () => {
    const response = await logEntriesRoute.GET(new Request(url('/api/v1/log/entries?start=0&end=1000')), ctx({}));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { entries: { index: number; entry: string | null; leafHash: string }[] };
    for (const e of body.entries) expect(e.leafHash).toMatch(/^[0-9a-f]{64}$/); // leaf hashes: everyone
    return body.entries.map((e) => ({ index: e.index, entry: e.entry, parsed: e.entry ? JSON.parse(e.entry) : null }));
  });
}

/** The status a role gets for GET `path` from `handler`; the public gets 401 from the signed-in API. */
async function statusFor(role: Role, handler: (request: Request, context: { params: Promise<never> }) => Promise<Response>, path: string, params: object) {
  return as(actors[role], async () => (await handler(new Request(url(path)), ctx(params as never))).status);
}

/** 200 for who sees it, 404 for who does not (never 403), 401 for the public. */
const expectedStatus = (role: Role, visible: boolean) => (role === 'public' ? 401 : visible ? 200 : 404);

const signedIn = ROLES.filter((r) => r !== 'public');

describe('product versions (never submitted / submitted, not certified / certified)', () => {
  it.each(signedIn)('GET /api/v1/products/{id} as %s lists exactly the versions it may see', async (role) => {
    const response = await as(actors[role], () => productRoute.GET(new Request(url(`/api/v1/products/${ids.product}`)), ctx({ id: ids.product })));
    expect(response.status).toBe(200); // every role sees the certified version, so the product
    const versions = ((await response.json()) as { versions: { id: string; version: string }[] }).versions.map((v) => v.version).sort();
    const expected = [
      ...(TABLE.versionCertified[role] ? ['1.0.0'] : []),
      ...(TABLE.versionSubmittedNotCertified[role] ? ['5.2.0'] : []),
      ...(TABLE.versionNeverSubmitted[role] ? ['5.3.0-rc1'] : []),
    ].sort();
    expect(versions).toEqual(expected);
  });

  it('the public needs a sign-in for product pages and finds only the certified version in the registry', async () => {
    expect(await statusFor('public', productRoute.GET, `/api/v1/products/${ids.product}`, { id: ids.product })).toBe(401);
    const registry = await as(null, async () => (await registryRoute.GET(new Request(url('/api/v1/registry?q=Visibility')), ctx({}))).json());
    expect(registry.items.map((c: { version: string }) => c.version)).toEqual(['1.0.0']);
  });

  it('a product whose only versions the caller may not see is 404', async () => {
    const hidden = await as(s.vendor, async () => (await productsRoute.POST(jsonPost('/api/v1/products', { name: 'Hidden UPF', networkFunction: 'UPF' }), ctx({}))).json());
    await as(s.vendor, () => versionsRoute.POST(jsonPost(`/api/v1/products/${hidden.id}/versions`, { version: '0.1-draft' }), ctx({ id: hidden.id })));
    for (const role of signedIn) {
      expect(await statusFor(role, productRoute.GET, `/api/v1/products/${hidden.id}`, { id: hidden.id }), role).toBe(role === 'ownVendor' ? 200 : 404);
    }
  });

  it("the operator's version picker offers the certified version only", async () => {
    const picked = await as(s.operator, () => pickerActions.searchVersionsAction('Visibility'));
    expect(picked.ok && picked.items.map((i) => i.version)).toEqual(['1.0.0']);
  });
});

describe('submissions (draft / submitted and later / certified)', () => {
  const cases = [
    ['subDraft', 'draftSubmission'],
    ['subSubmitted', 'submittedSubmission'],
    ['subCertified', 'certifiedSubmission'],
  ] as const;

  it.each(ROLES)('GET /api/v1/submissions/{id} and its history as %s: 200 when visible, else 404', async (role) => {
    for (const [key, cell] of cases) {
      const id = ids[key];
      expect(await statusFor(role, submissionRoute.GET, `/api/v1/submissions/${id}`, { id }), `${key}`).toBe(expectedStatus(role, TABLE[cell][role]));
      expect(await statusFor(role, historyRoute.GET, `/api/v1/submissions/${id}/history`, { id }), `${key} history`).toBe(expectedStatus(role, TABLE[cell][role]));
    }
  });

  it.each(signedIn)('GET /api/v1/submissions as %s lists exactly the visible ones', async (role) => {
    const listed = await as(actors[role], async () => (await (await submissionsRoute.GET(new Request(url(`/api/v1/submissions?productId=${ids.product}`)), ctx({}))).json()) as { items: { id: string }[] });
    const expected = cases.filter(([, cell]) => TABLE[cell][role]).map(([key]) => ids[key]);
    expect(listed.items.map((i) => i.id).sort()).toEqual(expected.sort());
  });

  it('an operator reads a certified submission without its assessment record (decisions, declaration)', async () => {
    const detail = await as(s.operator, async () => (await submissionRoute.GET(new Request(url(`/api/v1/submissions/${ids.subCertified}`)), ctx({ id: ids.subCertified }))).json());
    expect(detail.decisions).toEqual([]);
    expect(detail.conflictOfInterest).toBeNull();
    const forRegulator = await as(s.regulator, async () => (await submissionRoute.GET(new Request(url(`/api/v1/submissions/${ids.subCertified}`)), ctx({ id: ids.subCertified }))).json());
    expect(forRegulator.decisions).toHaveLength(2);
  });
});

describe('evidence (assessment / certified)', () => {
  const cases = [
    ['evDraft', 'draftSubmission'],
    ['evSubmitted', 'evidenceAssessment'],
    ['evCertAssessment', 'evidenceAssessment'],
    ['evCertCertified', 'evidenceCertified'],
  ] as const;

  it.each(ROLES)('GET /api/v1/evidence/{id} and its content as %s: 200 when visible, else 404', async (role) => {
    for (const [key, cell] of cases) {
      const id = ids[key];
      expect(await statusFor(role, evidenceRoute.GET, `/api/v1/evidence/${id}`, { id }), key).toBe(expectedStatus(role, TABLE[cell][role]));
      expect(await statusFor(role, contentRoute.GET, `/api/v1/evidence/${id}/content`, { id }), `${key} content`).toBe(expectedStatus(role, TABLE[cell][role]));
    }
  });

  it.each(signedIn)("GET a certified submission's evidence list as %s lists exactly the visible files", async (role) => {
    const response = await as(actors[role], () => evidenceListRoute.GET(new Request(url(`/api/v1/submissions/${ids.subCertified}/evidence`)), ctx({ id: ids.subCertified })));
    expect(response.status).toBe(TABLE.certifiedSubmission[role] ? 200 : 404);
    if (response.status !== 200) return;
    const listed = ((await response.json()) as { items: { id: string }[] }).items.map((e) => e.id);
    expect(listed.includes(ids.evCertAssessment), 'assessment').toBe(TABLE.evidenceAssessment[role]);
    expect(listed.includes(ids.evCertCertified), 'certified').toBe(TABLE.evidenceCertified[role]);
  });
});

describe('test-case results', () => {
  it.each(ROLES)('GET /api/v1/submissions/{id}/results as %s: 200 when visible, else 404', async (role) => {
    const submitted = ids.subSubmitted;
    const certified = ids.subCertified;
    expect(await statusFor(role, resultsRoute.GET, `/api/v1/submissions/${submitted}/results`, { id: submitted })).toBe(expectedStatus(role, TABLE.resultsSubmitted[role]));
    expect(await statusFor(role, resultsRoute.GET, `/api/v1/submissions/${certified}/results`, { id: certified })).toBe(expectedStatus(role, TABLE.resultsCertified[role]));
    expect(await statusFor(role, resultsRoute.GET, `/api/v1/submissions/${ids.subDraft}/results`, { id: ids.subDraft })).toBe(expectedStatus(role, TABLE.draftSubmission[role]));
  });
});

describe('certificates and status', () => {
  it.each(ROLES)('as %s: the registry entry (public) and, signed in, the certificate', async (role) => {
    const id = ids.certificate;
    expect(await statusFor(role, registryEntryRoute.GET, `/api/v1/registry/${id}`, { id })).toBe(200);
    if (role !== 'public') expect(await statusFor(role, certificateRoute.GET, `/api/v1/certificates/${id}`, { id })).toBe(200);
  });
});

describe('operator decisions and deployments', () => {
  it.each(signedIn)('as %s: the decisions on a certificate and the inventories it may read', async (role) => {
    const actor = actors[role]!;
    const decisions = await as(actor, () => decisionRoute.GET(new Request(url(`/api/v1/certificates/${ids.certificate}/operator-decision`)), ctx({ id: ids.certificate })));
    const inventory = await as(actor, () => deploymentsRoute.GET(new Request(url('/api/v1/deployments')), ctx({})));
    if (!TABLE.operatorData[role]) {
      // A listing of a kind of data the caller never sees names no object: 403, as documented (API.md).
      expect(decisions.status).toBe(403);
      expect(inventory.status).toBe(403);
      expect(await decisions.text()).not.toContain('Fits our core');
      return;
    }
    expect(decisions.status).toBe(200);
    expect(((await decisions.json()) as { items: { operator: { id: string } }[] }).items.map((d) => d.operator.id)).toEqual([s.operator.orgId]);
    const lines = ((await inventory.json()) as { items: { operator: { id: string } }[] }).items.map((i) => i.operator.id).sort();
    expect(lines).toEqual(role === 'regulator' ? [s.operator.orgId, otherOperator.orgId].sort() : [s.operator.orgId]);
  });

  it("another operator sees neither the operator's decision nor its inventory", async () => {
    const decisions = await as(otherOperator, async () => (await decisionRoute.GET(new Request(url(`/api/v1/certificates/${ids.certificate}/operator-decision`)), ctx({ id: ids.certificate }))).json());
    expect(decisions.items).toEqual([]);
    const refused = await as(otherOperator, () => deploymentsRoute.GET(new Request(url(`/api/v1/deployments?operator=${s.operator.orgId}`)), ctx({})));
    expect(refused.status).toBe(403);
  });
});

describe('log: leaf hashes for everyone, entry contents as for the subject', () => {
  const cells = [
    ['certificateIssued', 'logPublicEntry'],
    ['evDraft', 'logDraftSubmissionEntry'],
    ['evSubmitted', 'logSubmittedSubmissionEntry'],
    ['evCertAssessment', 'logCertifiedSubmissionEntry'],
    ['decisionApproved', 'logCertifiedSubmissionEntry'],
    ['productCreated', 'logProductEntry'],
    ['versionCreated', 'logProductEntry'],
    ['operatorDecision', 'logOperatorEntry'],
    ['deployments', 'logOperatorEntry'],
  ] as const;

  it.each(ROLES)('GET /api/v1/log/entries as %s: entry text or null per cell', async (role) => {
    const entries = new Map((await readEntries(actors[role])).map((e) => [e.index, e.entry]));
    for (const [key, cell] of cells) {
      const entry = entries.get(logIndex[key]);
      expect(entry === undefined, `${key} present`).toBe(false);
      expect(entry !== null, key).toBe(TABLE[cell][role]);
    }
  });

  it("another operator reads neither the operator's decision nor its inventory entry", async () => {
    const entries = new Map((await readEntries(otherOperator)).map((e) => [e.index, e.entry]));
    expect(entries.get(logIndex.operatorDecision)).toBeNull();
    expect(entries.get(logIndex.deployments)).toBeNull();
  });
});

describe('the pure predicates (lib/visibility) agree with the SQL scopes on every cell', () => {
  it.each(ROLES)('as %s', async (role) => {
    const viewer = actors[role];
    const certifiedIds = new Set((await database.db.select().from(certificates)).map((c) => c.submissionId));
    const rows = new Map((await database.db.select().from(submissions)).map((r) => [r.id, r]));
    const facts = (id: string) => ({ ...rows.get(id)!, isCertified: certifiedIds.has(id) });
    const cells = [
      ['subDraft', 'draftSubmission'],
      ['subSubmitted', 'submittedSubmission'],
      ['subCertified', 'certifiedSubmission'],
    ] as const;
    for (const [key, cell] of cells) expect(isSubmissionVisible(viewer, facts(ids[key])), key).toBe(TABLE[cell][role]);

    const versions = [
      ['vDraft', 'subDraft', 'versionNeverSubmitted'],
      ['vSubmitted', 'subSubmitted', 'versionSubmittedNotCertified'],
      ['vCertified', 'subCertified', 'versionCertified'],
    ] as const;
    for (const [key, submission, cell] of versions) {
      const version = { vendorOrgId: s.vendor.orgId, hasSubmissionVisibleToViewer: isSubmissionVisible(viewer, facts(ids[submission])), isCertified: certifiedIds.has(ids[submission]) };
      expect(isProductVersionVisible(viewer, version), key).toBe(TABLE[cell][role]);
    }

    const files = new Map((await database.db.select().from(evidence)).map((e) => [e.id, e]));
    const evidenceCells = [
      ['evSubmitted', 'subSubmitted', 'evidenceAssessment'],
      ['evCertAssessment', 'subCertified', 'evidenceAssessment'],
      ['evCertCertified', 'subCertified', 'evidenceCertified'],
    ] as const;
    for (const [key, submission, cell] of evidenceCells) {
      expect(isEvidenceVisible(viewer, files.get(ids[key])!, isSubmissionVisible(viewer, facts(ids[submission]))), key).toBe(TABLE[cell][role]);
    }
    expect(isOperatorDataVisible(viewer, s.operator.orgId)).toBe(TABLE.operatorData[role]);
  });
});

// Last: the reports below add log entries and must not change what the cells above were set up with.
describe('vulnerabilities (as the product version they name)', () => {
  const vulnerabilityIds = {} as Record<'vDraft' | 'vSubmitted' | 'vCertified', string>;
  const cells = [
    ['vDraft', 'subDraft', 'vulnerabilityNeverSubmitted'],
    ['vSubmitted', 'subSubmitted', 'vulnerabilitySubmittedNotCertified'],
    ['vCertified', 'subCertified', 'vulnerabilityCertified'],
  ] as const;
  beforeAll(async () => {
    for (const [version] of cells) {
      const response = await as(s.regulator, () =>
        vulnerabilitiesRoute.POST(jsonPost('/api/v1/vulnerabilities', { productVersionId: ids[version], cvssScore: 4, title: `Issue on ${version}`, description: 'Found in review.' }), ctx({})),
      );
      expect(response.status).toBe(201);
      vulnerabilityIds[version] = ((await response.json()) as { id: string }).id;
    }
  });

  it.each(ROLES)('GET /api/v1/vulnerabilities/{id} as %s: 200 or 404 per cell', async (role) => {
    for (const [version, , cell] of cells) {
      expect(await statusFor(role, vulnerabilityRoute.GET, `/api/v1/vulnerabilities/${vulnerabilityIds[version]}`, { id: vulnerabilityIds[version] }), version).toBe(
        expectedStatus(role, TABLE[cell][role]),
      );
    }
  });

  it.each(signedIn)('GET /api/v1/vulnerabilities as %s lists exactly the ones per cell', async (role) => {
    const response = await as(actors[role], () => vulnerabilitiesRoute.GET(new Request(url('/api/v1/vulnerabilities?limit=100')), ctx({})));
    expect(response.status).toBe(200);
    const listed = new Set(((await response.json()) as { items: { id: string }[] }).items.map((v) => v.id));
    for (const [version, , cell] of cells) expect(listed.has(vulnerabilityIds[version]), version).toBe(TABLE[cell][role]);
  });

  it.each(signedIn)('POST /api/v1/vulnerabilities as %s on a version it may not see answers 404', async (role) => {
    for (const [version, , cell] of cells) {
      if (TABLE[cell][role]) continue;
      const response = await as(actors[role], () =>
        vulnerabilitiesRoute.POST(jsonPost('/api/v1/vulnerabilities', { productVersionId: ids[version], cvssScore: 3, title: 'Probe', description: 'Probe.' }), ctx({})),
      );
      expect(response.status, version).toBe(404);
    }
  });

  it.each(ROLES)('the pure predicate agrees as %s', async (role) => {
    const viewer = actors[role];
    const certifiedIds = new Set((await database.db.select().from(certificates)).map((c) => c.submissionId));
    const rows = new Map((await database.db.select().from(submissions)).map((r) => [r.id, r]));
    for (const [version, submission, cell] of cells) {
      const facts = { ...rows.get(ids[submission])!, isCertified: certifiedIds.has(ids[submission]) };
      const versionFacts = { vendorOrgId: s.vendor.orgId, hasSubmissionVisibleToViewer: isSubmissionVisible(viewer, facts), isCertified: facts.isCertified };
      expect(maySeeVulnerabilitiesOf(viewer, versionFacts), version).toBe(TABLE[cell][role]);
    }
  });
});
