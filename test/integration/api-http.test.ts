import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { getDb } from '@/lib/db';
import { certificates } from '@/db/schema/certificates';
import { evidence, submissions } from '@/db/schema/submissions';
import { countLogEntries } from '@/db/queries/log';
import type { Actor } from '@/lib/authz/actor';

// Route handlers are called as Next calls them; only the session/token lookup is replaced. Every
// answer is also checked against its contract (lib/api/conformance.ts) by the handler itself.
const auth = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/get-actor', async () => {
  const { unauthorized } = await import('@/lib/errors');
  return {
    requireActor: async () => {
      if (!auth.actor) throw unauthorized();
      return auth.actor;
    },
    getActor: async () => auth.actor,
  };
});

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const appApi = path.resolve(import.meta.dirname, '../../app/api');
const route = async (file: string) => (await import(/* @vite-ignore */ path.join(appApi, file, 'route.ts'))) as Record<string, Handler>;

/** Calls the handler of `method` in app/api/<file>/route.ts for `url` with path params `params`. */
async function call(file: string, method: string, url: string, params: Record<string, string> = {}, init: RequestInit = {}) {
  const handler = (await route(file))[method];
  return handler(new Request(`http://localhost${url}`, { method, ...init }), { params: Promise.resolve(params) });
}
const jsonInit = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

let database: TestDatabase;
let s: Scenario;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('UPF');
}, 120_000);
afterAll(async () => {
  await database.drop();
});

async function validCertificate() {
  const submission = await submissionInState(s, 'approved');
  const db = await getDb();
  const [row] = await db.select().from(certificates).where(eq(certificates.submissionId, submission.id));
  return row;
}

describe('If-Match on POST /api/v1/certificates/{id}/actions/suspend (RFC 9110 §13.1.1)', () => {
  const suspend = (id: string, ifMatch?: string) =>
    call('v1/certificates/[id]/actions/[action]', 'POST', `/api/v1/certificates/${id}/actions/suspend`, { id, action: 'suspend' },
      jsonInit({ reason: 'Field failures' }, ifMatch === undefined ? {} : { 'if-match': ifMatch }));

  it('answers a well-formed entity tag that does not match with 412, and changes nothing', async () => {
    auth.actor = s.regulator;
    const certificate = await validCertificate();
    const before = await countLogEntries(await getDb());
    for (const tag of ['"stale-0"', `W/"${certificate.version}"`, `"${certificate.version + 1}", "x"`]) {
      const response = await suspend(certificate.id, tag);
      expect(response.status, tag).toBe(412);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 412, title: 'Precondition failed' });
    }
    const db = await getDb();
    expect((await db.select().from(certificates).where(eq(certificates.id, certificate.id)))[0]).toMatchObject({ status: 'valid', version: certificate.version });
    expect(await countLogEntries(db)).toBe(before);
  });

  it('answers a malformed If-Match with 400', async () => {
    auth.actor = s.regulator;
    const certificate = await validCertificate();
    for (const tag of ['stale-0', `${certificate.version}`, '"a', '"a",,"b"']) {
      const response = await suspend(certificate.id, tag);
      expect(response.status, tag).toBe(400);
      expect(await response.json()).toMatchObject({ status: 400, detail: expect.stringContaining('If-Match') });
    }
  });

  it('lets * and a list holding the current tag pass', async () => {
    auth.actor = s.regulator;
    const any = await validCertificate();
    const response = await suspend(any.id, '*');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'suspended' });
    const listed = await validCertificate();
    expect((await suspend(listed.id, `"stale-0", "${listed.version}"`)).status).toBe(200);
  });
});

describe('cross-site writes with the session cookie', () => {
  const cookie = { cookie: 'next-auth.session-token=signed-in' };
  const ownOrigin = 'http://localhost:3000'; // NEXTAUTH_URL of the tests

  const upload = (submissionId: string, headers: Record<string, string>) =>
    call('v1/submissions/[id]/evidence', 'POST', `/api/v1/submissions/${submissionId}/evidence?kind=design_doc&filename=a.txt`, { id: submissionId }, {
      body: 'plain text, as a cross-site <form enctype="text/plain"> would send it',
      headers: { 'content-type': 'text/plain', ...headers },
    });
  const submit = (submissionId: string, headers: Record<string, string>) =>
    call('v1/submissions/[id]/actions/[action]', 'POST', `/api/v1/submissions/${submissionId}/actions/submit`, { id: submissionId, action: 'submit' }, { headers });

  async function evidenceCount(submissionId: string) {
    return (await (await getDb()).select().from(evidence).where(eq(evidence.submissionId, submissionId))).length;
  }
  async function stateOf(submissionId: string) {
    return (await (await getDb()).select().from(submissions).where(eq(submissions.id, submissionId)))[0].state;
  }
  async function expectRefused(response: Response, reason: RegExp) {
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 403, title: 'Cross-site request refused', detail: expect.stringMatching(reason) });
  }

  it('refuses a text/plain upload and a body-less workflow action from a foreign Origin (403), changing nothing', async () => {
    auth.actor = s.vendor;
    const draft = await submissionInState(s, 'draft');
    const before = await evidenceCount(draft.id);
    await expectRefused(await upload(draft.id, { ...cookie, origin: 'https://evil.example' }), /evil\.example/);
    expect(await evidenceCount(draft.id)).toBe(before);
    await expectRefused(await submit(draft.id, { ...cookie, origin: 'https://evil.example' }), /evil\.example/);
    expect(await stateOf(draft.id)).toBe('draft');
  });

  it('refuses them when only Sec-Fetch-Site says cross-site', async () => {
    auth.actor = s.vendor;
    const draft = await submissionInState(s, 'draft');
    await expectRefused(await upload(draft.id, { ...cookie, 'sec-fetch-site': 'cross-site' }), /Sec-Fetch-Site: cross-site/);
    await expectRefused(await submit(draft.id, { ...cookie, 'sec-fetch-site': 'cross-site' }), /Sec-Fetch-Site: cross-site/);
    expect(await stateOf(draft.id)).toBe('draft');
  });

  it('accepts them from the portal\'s own origin', async () => {
    auth.actor = s.vendor;
    const draft = await submissionInState(s, 'draft');
    expect((await upload(draft.id, { ...cookie, origin: ownOrigin })).status).toBe(201);
    expect((await upload(draft.id, { ...cookie, 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    const response = await submit(draft.id, { ...cookie, origin: ownOrigin });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: draft.id, state: 'submitted' });
  });

  it('leaves bearer-token requests alone, whatever their Origin', async () => {
    auth.actor = s.vendor;
    const draft = await submissionInState(s, 'draft');
    const bearer = { authorization: 'Bearer tl_example', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
    expect((await upload(draft.id, bearer)).status).toBe(201);
    expect((await submit(draft.id, bearer)).status).toBe(200);
    expect(await stateOf(draft.id)).toBe('submitted');
  });
});

describe('the endpoints no other test calls over HTTP answer what their contracts say', () => {
  it('products, submissions, the workflow and its history', async () => {
    auth.actor = s.vendor;
    const created = await call('v1/products', 'POST', '/api/v1/products', {}, jsonInit({ name: 'Edge UPF', model: 'E1', networkFunction: 'UPF' }));
    expect(created.status).toBe(201);
    const product = await created.json();
    expect((await call('v1/products', 'GET', '/api/v1/products?limit=5')).status).toBe(200);
    const versionAnswer = await call('v1/products/[id]/versions', 'POST', `/api/v1/products/${product.id}/versions`, { id: product.id }, jsonInit({ version: '2.0.0', releasedAt: '2026-01-15' }));
    expect(versionAnswer.status).toBe(201);
    const version = await versionAnswer.json();
    const withVersions = await call('v1/products/[id]', 'GET', `/api/v1/products/${product.id}`, { id: product.id });
    expect(await withVersions.json()).toMatchObject({ id: product.id, versions: [{ id: version.id }] });

    const eligible = await call('v1/labs/eligible', 'GET', `/api/v1/labs/eligible?productVersionId=${version.id}`);
    expect((await eligible.json()).items.map((l: { id: string }) => l.id)).toContain(s.lab.orgId);
    expect((await call('v1/labs/eligible', 'GET', '/api/v1/labs/eligible?productVersionId=nope')).status).toBe(400);

    const opened = await call('v1/submissions', 'POST', '/api/v1/submissions', {}, jsonInit({ productVersionId: version.id, labOrgId: s.otherLab.orgId }));
    expect(opened.status).toBe(201);
    const draft = await opened.json();
    expect(opened.headers.get('etag')).toBe(`"${draft.version}"`);
    const patched = await call('v1/submissions/[id]', 'PATCH', `/api/v1/submissions/${draft.id}`, { id: draft.id }, jsonInit({ labOrgId: s.lab.orgId }, { 'if-match': `"${draft.version}"` }));
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ lab: { id: s.lab.orgId } });
    const uploaded = await call('v1/submissions/[id]/evidence', 'POST', `/api/v1/submissions/${draft.id}/evidence?kind=design_doc&filename=design.txt`, { id: draft.id }, { body: 'design' });
    expect(uploaded.status).toBe(201);
    expect((await call('v1/submissions/[id]/actions/[action]', 'POST', `/api/v1/submissions/${draft.id}/actions/submit`, { id: draft.id, action: 'submit' })).status).toBe(200);

    auth.actor = s.lab;
    const accepted = await call('v1/submissions/[id]/actions/[action]', 'POST', `/api/v1/submissions/${draft.id}/actions/accept`, { id: draft.id, action: 'accept' },
      jsonInit({ conflictOfInterest: { hasConflict: false, statement: 'No ties to the vendor' } }));
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ state: 'in_evaluation', conflictOfInterest: { hasConflict: false } });
    const listed = await call('v1/submissions', 'GET', '/api/v1/submissions?state=in_evaluation');
    expect((await listed.json()).items.map((i: { id: string }) => i.id)).toContain(draft.id);
    const one = await call('v1/submissions/[id]', 'GET', `/api/v1/submissions/${draft.id}`, { id: draft.id });
    expect(await one.json()).toMatchObject({ id: draft.id, evidence: [{ kind: 'design_doc' }] });
    const history = await call('v1/submissions/[id]/history', 'GET', `/api/v1/submissions/${draft.id}/history`, { id: draft.id });
    expect((await history.json()).items.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['submission.created', 'submission.lab_changed', 'evidence.added', 'submission.submitted', 'submission.accepted']),
    );

    // A lab that declines loses sight of the draft: the answer says so.
    const other = await submissionInState(s, 'submitted');
    const declined = await call('v1/submissions/[id]/actions/[action]', 'POST', `/api/v1/submissions/${other.id}/actions/decline`, { id: other.id, action: 'decline' },
      jsonInit({ reason: 'No capacity' }));
    expect(declined.status).toBe(200);
    expect(await declined.json()).toMatchObject({ id: other.id, isVisible: false });
  });

  it('identity, organisations and tokens', async () => {
    auth.actor = s.vendor;
    expect(await (await call('v1/me', 'GET', '/api/v1/me')).json()).toMatchObject({ user: { id: s.vendor.userId } });
    const labs = await call('v1/organizations', 'GET', '/api/v1/organizations?kind=lab');
    expect((await labs.json()).items.some((o: { accreditations?: unknown[] }) => (o.accreditations ?? []).length > 0)).toBe(true);
    expect((await call('v1/organizations/[id]', 'GET', `/api/v1/organizations/${s.lab.orgId}`, { id: s.lab.orgId })).status).toBe(200);
    const token = await call('v1/tokens', 'POST', '/api/v1/tokens', {}, jsonInit({ name: 'CI pipeline' }));
    expect(token.status).toBe(201);
    const { id, token: secret } = await token.json();
    expect(typeof secret).toBe('string');
    expect((await (await call('v1/tokens', 'GET', '/api/v1/tokens')).json()).items.map((t: { id: string }) => t.id)).toContain(id);
    expect((await call('v1/tokens/[id]', 'DELETE', `/api/v1/tokens/${id}`, { id })).status).toBe(204);
    auth.actor = null;
    expect((await call('v1/me', 'GET', '/api/v1/me')).status).toBe(401);
  });

  it('the transparency log, health and the OpenAPI document (public)', async () => {
    auth.actor = null;
    const checkpoint = await call('v1/log/checkpoint', 'GET', '/api/v1/log/checkpoint');
    expect(checkpoint.status).toBe(200);
    const size = Number((await checkpoint.text()).split('\n')[1]);
    expect(size).toBeGreaterThan(2);
    expect((await call('v1/log/key', 'GET', '/api/v1/log/key')).status).toBe(200);
    expect((await (await call('v1/log/checkpoints', 'GET', '/api/v1/log/checkpoints')).json()).checkpoints.length).toBeGreaterThan(0);
    const entries = await (await call('v1/log/entries', 'GET', `/api/v1/log/entries?start=0&end=${size}`)).json();
    expect(entries.entries).toHaveLength(size);
    expect((await call('v1/log/proof/inclusion', 'GET', `/api/v1/log/proof/inclusion?index=1&treeSize=${size}`)).status).toBe(200);
    expect((await call('v1/log/proof/consistency', 'GET', `/api/v1/log/proof/consistency?from=1&to=${size}`)).status).toBe(200);
    expect((await call('v1/log/proof/consistency', 'GET', '/api/v1/log/proof/consistency?from=x&to=1')).status).toBe(400);
    expect((await call('v1/log/entries', 'GET', '/api/v1/log/entries?start=0')).status).toBe(400);
    expect(await (await call('health', 'GET', '/api/health')).json()).toEqual({ status: 'ok' });
    const document = await (await call('v1/openapi.json', 'GET', '/api/v1/openapi.json')).json();
    expect(document.paths['/api/v1/submissions'].post.operationId).toBe('createSubmission');
  });
});
