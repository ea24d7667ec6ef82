import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { Vulnerability } from '@cyclonedx/cyclonedx-library/Enums';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { getDb } from '@/lib/db';
import { sbomComponents } from '@/db/schema/components';
import { certificates } from '@/db/schema/certificates';
import { deployments } from '@/db/schema/operators';
import { evidence } from '@/db/schema/submissions';
import { unauthorized } from '@/lib/errors';
import type { Actor } from '@/lib/authz/actor';
import type { ParsedAdvisory } from '@/lib/advisories/advisory-model';
import { normalizePurl } from '@/lib/components/purl';
import { formatContentDigest } from '@/lib/evidence/content-digest';

vi.mock('@/lib/advisories/parse-advisory', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/advisories/parse-advisory')>()),
  parseAdvisory: (text: string) => {
    const doc = JSON.parse(text) as ParsedAdvisory & { refuse?: string[] };
    return doc.refuse ? { ok: false, reasons: doc.refuse } : { ok: true, advisory: doc };
  },
}));
const caller = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/get-actor', () => ({
  requireActor: async () => {
    if (!caller.actor) throw unauthorized();
    return caller.actor;
  },
}));
const advisoriesRoute = await import('@/app/api/v1/advisories/route');
const decisionRoute = await import('@/app/api/v1/advisory-matches/[id]/decision/route');
const tasksRoute = await import('@/app/api/v1/vendor-tasks/route');
const affectedRoute = await import('@/app/api/v1/affected-deployments/route');
const cdxRoute = await import('@/app/api/v1/certificates/[id]/vex.cdx.json/route');
const csafRoute = await import('@/app/api/v1/certificates/[id]/vex.csaf.json/route');
const feedRoute = await import('@/app/api/v1/registry/vex-feed.json/route');
const feedsRoute = await import('@/app/api/v1/advisory-feeds/route');
const pullRoute = await import('@/app/api/v1/advisory-feeds/pull/route');

let database: TestDatabase;
let s: Scenario;
let certificateId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('gNB');
  const sub = await submissionInState(s, 'approved');
  const db = await getDb();
  const [ev] = await db.select().from(evidence).where(and(eq(evidence.submissionId, sub.id), eq(evidence.kind, 'sbom')));
  const purls = ['pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1', 'pkg:npm/lodash@4.17.20'];
  await db.insert(sbomComponents).values(
    purls.map((text) => {
      const p = normalizePurl(text)!;
      return { evidenceId: ev.id, submissionId: sub.id, productVersionId: s.version.id, purlType: p.type, packageKey: p.packageKey, qualifiers: p.qualifiers, purl: p.canonical, name: p.name, version: p.version };
    }),
  );
  [{ id: certificateId }] = await db.select().from(certificates).where(eq(certificates.submissionId, sub.id));
  await db.insert(deployments).values({ operatorOrgId: s.operator.orgId, productVersionId: s.version.id, quantity: 25 });
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const as = (actor: Actor | null) => {
  caller.actor = actor;
};
function advisoryDoc(id: string, revision = '1'): ParsedAdvisory {
  return {
    format: 'csaf',
    documentId: id,
    revision,
    title: 'Log4Shell',
    publisher: 'Test CERT',
    published: null,
    modified: null,
    vulnerabilities: [{ id: 'CVE-2021-44228', aliases: [], title: 'Log4Shell', cvssScore: 10, activelyExploited: true }],
    statements: [
      {
        vulnerabilityId: 'CVE-2021-44228',
        aliases: [],
        product: { purl: 'pkg:maven/org.apache.logging.log4j/log4j-core', cpe: null, documentRef: null, name: null },
        range: { kind: 'exact', versions: ['2.14.1'] },
        status: 'affected',
        justification: null,
        detail: null,
        remediation: null,
      },
    ],
    warnings: [],
  };
}
const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${url}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

let matchId: string;

describe('the monitoring journey over HTTP', () => {
  it('a regulator imports (201; the same revision again 200); a malformed document answers 422', async () => {
    as(s.regulator);
    const body = JSON.stringify(advisoryDoc('http-doc-1'));
    const first = await advisoriesRoute.POST(post('/api/v1/advisories', body), ctx());
    expect(first.status).toBe(201);
    const outcome = (await first.json()) as { matches: { created: number }; advisory: { sha256: string } };
    expect(outcome.matches.created).toBe(1);
    expect(outcome.advisory.sha256).toBe(crypto.createHash('sha256').update(body).digest('hex'));
    expect((await advisoriesRoute.POST(post('/api/v1/advisories', body), ctx())).status).toBe(200);
    expect((await advisoriesRoute.POST(post('/api/v1/advisories', JSON.stringify({ refuse: ['not CSAF'] })), ctx())).status).toBe(422);
    const mismatch = await advisoriesRoute.POST(post('/api/v1/advisories', body, { 'content-digest': formatContentDigest('0'.repeat(64)) }), ctx());
    expect(mismatch.status).toBe(422);
    as(s.operator);
    expect((await advisoriesRoute.POST(post('/api/v1/advisories', body), ctx())).status).toBe(403);
  });

  it("the vendor sees the task with its CRA clocks; the operator's affected-deployments view lists the version", async () => {
    as(s.vendor);
    const tasks = (await (await tasksRoute.GET(new Request('http://localhost/api/v1/vendor-tasks'), ctx())).json()) as {
      items: { notifiedAt: string; clocks: { earlyWarningDue: string; notificationDue: string }; matches: { id: string }[] }[];
    };
    expect(tasks.items).toHaveLength(1);
    const [task] = tasks.items;
    expect(Date.parse(task.clocks.notificationDue) - Date.parse(task.notifiedAt)).toBe(72 * 3_600_000);
    expect(Date.parse(task.clocks.earlyWarningDue) - Date.parse(task.notifiedAt)).toBe(24 * 3_600_000);
    matchId = task.matches[0].id;
    as(s.otherVendor);
    expect(((await (await tasksRoute.GET(new Request('http://localhost/api/v1/vendor-tasks'), ctx())).json()) as { items: unknown[] }).items).toHaveLength(0);
    as(s.operator);
    const view = (await (await affectedRoute.GET(new Request('http://localhost/api/v1/affected-deployments'), ctx())).json()) as {
      segments: { segment: string; units: number }[];
      items: { vulnerabilityIds: string[] }[];
    };
    expect(view.segments).toEqual([{ segment: 'ran', units: 25, versions: 1 }]);
    expect(view.items[0].vulnerabilityIds).toEqual(['CVE-2021-44228']);
  });

  it('VEX out: CycloneDX 1.6 and CSAF csaf_vex, with Content-Digest and ETag (304 on If-None-Match)', async () => {
    as(null);
    const url = `http://localhost/api/v1/certificates/${certificateId}/vex.cdx.json`;
    const response = await cdxRoute.GET(new Request(url), ctx({ id: certificateId }));
    expect(response.status).toBe(200);
    const text = await response.text();
    const sha = crypto.createHash('sha256').update(text).digest('hex');
    expect(response.headers.get('content-digest')).toBe(formatContentDigest(sha));
    expect(response.headers.get('etag')).toBe(`"${sha}"`);
    const bom = JSON.parse(text) as { specVersion: string; vulnerabilities: { id: string; analysis: { state: string }; affects: { ref: string }[] }[] };
    expect(bom.specVersion).toBe('1.6');
    expect(bom.vulnerabilities[0]).toMatchObject({ id: 'CVE-2021-44228', analysis: { state: 'exploitable' } });
    expect(Object.values(Vulnerability.AnalysisState)).toContain(bom.vulnerabilities[0].analysis.state);
    expect(bom.vulnerabilities[0].affects[0].ref).toBe('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1');
    expect((await cdxRoute.GET(new Request(url, { headers: { 'if-none-match': `"${sha}"` } }), ctx({ id: certificateId }))).status).toBe(304);
    const csaf = await csafRoute.GET(new Request(`http://localhost/api/v1/certificates/${certificateId}/vex.csaf.json`), ctx({ id: certificateId }));
    const csafText = await csaf.text();
    expect(csaf.headers.get('content-digest')).toBe(formatContentDigest(crypto.createHash('sha256').update(csafText).digest('hex')));
    const doc = JSON.parse(csafText) as { document: { category: string }; vulnerabilities: { cve: string; product_status: Record<string, string[]> }[] };
    expect(doc.document.category).toBe('csaf_vex');
    expect(doc.vulnerabilities[0].product_status.known_affected).toEqual(['CERT:C1']);
    expect((await cdxRoute.GET(new Request(url.replace(certificateId, crypto.randomUUID())), ctx({ id: crypto.randomUUID() }))).status).toBe(404);
    const feed = (await (await feedRoute.GET(new Request('http://localhost/api/v1/registry/vex-feed.json'), ctx())).json()) as {
      feed: { entry: { content: { src: string } }[] };
    };
    expect(feed.feed.entry.map((e) => e.content.src)).toContain(`http://localhost:3000/api/v1/certificates/${certificateId}/vex.csaf.json`);
  });

  it("the vendor answers not_affected: the operator's view clears and the VEX out says not_affected with its justification", async () => {
    as(s.otherVendor);
    expect((await decisionRoute.POST(post(`/api/v1/advisory-matches/${matchId}/decision`, JSON.stringify({ state: 'not_affected', justification: 'component_not_present' })), ctx({ id: matchId }))).status).toBe(404);
    as(s.vendor);
    const answered = await decisionRoute.POST(
      post(`/api/v1/advisory-matches/${matchId}/decision`, JSON.stringify({ state: 'not_affected', justification: 'vulnerable_code_not_in_execute_path' }), { 'if-match': '"1"' }),
      ctx({ id: matchId }),
    );
    expect(answered.status).toBe(200);
    as(s.operator);
    const view = (await (await affectedRoute.GET(new Request('http://localhost/api/v1/affected-deployments'), ctx())).json()) as { items: unknown[] };
    expect(view.items).toHaveLength(0);
    as(null);
    const bom = (await (await cdxRoute.GET(new Request(`http://localhost/api/v1/certificates/${certificateId}/vex.cdx.json`), ctx({ id: certificateId }))).json()) as {
      vulnerabilities: { analysis: { state: string; justification: string } }[];
    };
    expect(bom.vulnerabilities[0].analysis).toMatchObject({ state: 'not_affected', justification: 'code_not_reachable' });
  });
});

describe('CSAF provider pull', () => {
  let server: http.Server;
  let base: string;
  const files = new Map<string, { body: string; etag?: string }>();
  const hits: { url: string; ifNoneMatch: string | null }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push({ url: req.url ?? '', ifNoneMatch: (req.headers['if-none-match'] as string | undefined) ?? null });
      const file = files.get(req.url ?? '');
      if (!file) return void res.writeHead(404).end();
      if (file.etag && req.headers['if-none-match'] === file.etag) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/json', ...(file.etag ? { etag: file.etag } : {}) }).end(file.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const docBody = JSON.stringify(advisoryDoc('feed-doc-1'));
    const tampered = JSON.stringify(advisoryDoc('feed-doc-2'));
    files.set('/.well-known/csaf/provider-metadata.json', { body: JSON.stringify({ distributions: [{ rolie: { feeds: [{ url: `${base}/csaf/feed.json`, tlp_label: 'WHITE' }] } }] }) });
    files.set('/csaf/feed.json', {
      body: JSON.stringify({ feed: { entry: [{ content: { src: `${base}/csaf/2026/doc-1.json` } }, { content: { src: `${base}/csaf/2026/doc-2.json` } }] } }),
    });
    files.set('/csaf/2026/doc-1.json', { body: docBody, etag: '"d1"' });
    files.set('/csaf/2026/doc-1.json.sha512', { body: `${crypto.createHash('sha512').update(docBody).digest('hex')}  doc-1.json\n` });
    files.set('/csaf/2026/doc-1.json.sha256', { body: `${crypto.createHash('sha256').update(docBody).digest('hex')}  doc-1.json\n` });
    files.set('/csaf/2026/doc-2.json', { body: tampered });
    files.set('/csaf/2026/doc-2.json.sha512', { body: `${crypto.createHash('sha512').update('something else').digest('hex')}  doc-2.json\n` });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('configured by a regulator only; pulls metadata → ROLIE feed → documents, refuses a hash mismatch, then asks conditionally', async () => {
    as(s.vendor);
    expect((await feedsRoute.POST(post('/api/v1/advisory-feeds', JSON.stringify({ url: `${base}/.well-known/csaf/provider-metadata.json` })), ctx())).status).toBe(403);
    as(s.regulator);
    expect((await feedsRoute.POST(post('/api/v1/advisory-feeds', JSON.stringify({ url: 'file:///etc/passwd' })), ctx())).status).toBe(400);
    const configured = await feedsRoute.POST(post('/api/v1/advisory-feeds', JSON.stringify({ url: `${base}/.well-known/csaf/provider-metadata.json` })), ctx());
    expect(configured.status).toBe(201);
    const first = (await (await pullRoute.POST(post('/api/v1/advisory-feeds/pull', ''), ctx())).json()) as {
      feeds: { imported: number; unchanged: number; failed: { url: string; reason: string }[] }[];
    };
    expect(first.feeds[0].imported).toBe(1);
    expect(first.feeds[0].failed).toEqual([{ url: `${base}/csaf/2026/doc-2.json`, reason: expect.stringContaining('.sha512') }]);
    const second = (await (await pullRoute.POST(post('/api/v1/advisory-feeds/pull', ''), ctx())).json()) as { feeds: { imported: number; unchanged: number }[] };
    expect(second.feeds[0]).toMatchObject({ imported: 0, unchanged: 1 });
    expect(hits.filter((h) => h.url === '/csaf/2026/doc-1.json').map((h) => h.ifNoneMatch)).toEqual([null, '"d1"']);
    const list = (await (await feedsRoute.GET(new Request('http://localhost/api/v1/advisory-feeds'), ctx())).json()) as { items: { lastPulledAt: string | null }[] };
    expect(list.items[0].lastPulledAt).not.toBeNull();
  });
});

describe('importing a collection over HTTP', () => {
  const collectionRoute = () => import('@/app/api/v1/advisories/collection/route');
  const ndjson = (lines: string[]) => post('/api/v1/advisories/collection', lines.join('\n'), { 'content-type': 'application/x-ndjson' });

  it('takes one document per line: stores the good ones, lists the refused by line; regulators only; NDJSON only', async () => {
    const { POST } = await collectionRoute();
    const lines = [JSON.stringify(advisoryDoc('ndjson-1')), '', JSON.stringify({ refuse: ['/document: required'] }), JSON.stringify(advisoryDoc('ndjson-2'))];
    as(s.vendor);
    expect((await POST(ndjson(lines), ctx())).status).toBe(403);
    as(s.regulator);
    expect((await POST(post('/api/v1/advisories/collection', lines.join('\n')), ctx())).status).toBe(415);
    const response = await POST(ndjson(lines), ctx());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ imported: 2, unchanged: 0, refused: [{ name: 'line 3', reasons: ['/document: required'] }] });
    const list = (await (await advisoriesRoute.GET(new Request('http://localhost/api/v1/advisories?limit=100'), ctx())).json()) as { items: { documentId: string; logIndex: number | null }[] };
    const stored = list.items.filter((a) => a.documentId.startsWith('ndjson-'));
    expect(stored.map((a) => a.documentId).sort()).toEqual(['ndjson-1', 'ndjson-2']);
    expect(stored.every((a) => typeof a.logIndex === 'number')).toBe(true);
    expect(await (await POST(ndjson(lines), ctx())).json()).toMatchObject({ imported: 0, unchanged: 2 });
  });
});
