import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { makeOrgUser } from '../helpers/actors';
import { HOSTILE_STRINGS, VERY_LONG_STRING } from '../helpers/hostile-text';
import { certificates } from '@/db/schema/certificates';
import { unauthorized } from '@/lib/errors';
import { showEscaped } from '@/lib/json/text-problems';
import { reportVulnerability } from '@/lib/vulnerabilities/commands/report-vulnerability';
import { unsafeCreateUser } from '@/lib/users/commands/create-member';
import { COMMON_PASSWORD_MESSAGE } from '@/lib/validation/users';
import { ServiceError } from '@/lib/errors';
import { initialActionState } from '@/app/_components/forms/action-state';
import type { Actor } from '@/lib/authz/actor';

// The handlers' only tie to Next is the caller; everything else runs as in production.
const caller = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/get-actor', () => ({
  requireActor: async () => {
    if (!caller.actor) throw unauthorized();
    return caller.actor;
  },
  getActor: async () => caller.actor,
  getSessionId: async () => null,
}));

type Route = Record<string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>>;
const routes = {
  certificateAction: (await import('@/app/api/v1/certificates/[id]/actions/[action]/route')) as unknown as Route,
  operatorDecision: (await import('@/app/api/v1/certificates/[id]/operator-decision/route')) as unknown as Route,
  deployments: (await import('@/app/api/v1/deployments/route')) as unknown as Route,
  notificationsRead: (await import('@/app/api/v1/notifications/read/route')) as unknown as Route,
  organizations: (await import('@/app/api/v1/organizations/route')) as unknown as Route,
  vex: (await import('@/app/api/v1/product-versions/[id]/vex/route')) as unknown as Route,
  versions: (await import('@/app/api/v1/products/[id]/versions/route')) as unknown as Route,
  products: (await import('@/app/api/v1/products/route')) as unknown as Route,
  submissionAction: (await import('@/app/api/v1/submissions/[id]/actions/[action]/route')) as unknown as Route,
  evidence: (await import('@/app/api/v1/submissions/[id]/evidence/route')) as unknown as Route,
  results: (await import('@/app/api/v1/submissions/[id]/results/route')) as unknown as Route,
  submission: (await import('@/app/api/v1/submissions/[id]/route')) as unknown as Route,
  submissions: (await import('@/app/api/v1/submissions/route')) as unknown as Route,
  tokens: (await import('@/app/api/v1/tokens/route')) as unknown as Route,
  // Server actions: the same services, fed from forms.
  productActions: await import('@/app/(portal)/products/actions'),
  settingsActions: await import('@/app/(portal)/settings/actions'),
  organizationActions: await import('@/app/(portal)/organization/actions'),
  vulnerabilityResponse: (await import('@/app/api/v1/vulnerabilities/[id]/response/route')) as unknown as Route,
  vulnerabilities: (await import('@/app/api/v1/vulnerabilities/route')) as unknown as Route,
};

let database: TestDatabase;
let s: Scenario;
const ids = {} as Record<'draft' | 'underReview' | 'inEvaluation' | 'certificate' | 'vulnerability', string>;
let platformAdmin: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('UPF');
  platformAdmin = await makeOrgUser('regulator', { isPlatformAdmin: true });
  ids.draft = (await submissionInState(s, 'draft')).id;
  ids.underReview = (await submissionInState(s, 'under_review')).id;
  ids.inEvaluation = (await submissionInState(s, 'in_evaluation')).id;
  const approved = await submissionInState(s, 'approved');
  ids.certificate = (await database.db.select().from(certificates).where(eq(certificates.submissionId, approved.id)))[0].id;
  ids.vulnerability = (
    await reportVulnerability(s.operator, { productVersionId: s.version.id, cvssScore: 5.3, title: 'Weak TLS', description: 'TLS 1.0 accepted.' })
  ).id;
}, 120_000);
afterAll(async () => {
  await database.drop();
});

/** Every row of every table, counted in one query: the log and everything else. */
async function snapshot(): Promise<Record<string, number>> {
  const tables = (await database.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`)) as unknown as { table_name: string }[];
  const rows = Array.isArray(tables) ? tables : (tables as unknown as { rows: { table_name: string }[] }).rows;
  const counts = rows.map((t) => `(select count(*)::int from "${t.table_name}") as "${t.table_name}"`).join(', ');
  const result = (await database.db.execute(sql.raw(`select ${counts}`))) as unknown;
  const [row] = Array.isArray(result) ? result : (result as { rows: Record<string, number>[] }).rows;
  return row as Record<string, number>;
}

type Endpoint = {
  name: string;
  route: Route;
  method: 'POST' | 'PUT' | 'PATCH';
  url: string;
  params: () => Record<string, string>;
  actor: () => Actor;
  /** A valid body with `text` in one text field, found again at `path` in the problem's errors. */
  body: (text: string) => unknown;
  path: string;
};

const uuidPlaceholder = '00000000-0000-4000-8000-000000000000';

// Every POST/PUT/PATCH under app/api/v1 that takes a JSON body (DELETE /tokens/{id} has none).
const JSON_ENDPOINTS: Endpoint[] = [
  { name: 'POST /certificates/{id}/actions/suspend', route: routes.certificateAction, method: 'POST', url: '/api/v1/certificates/x/actions/suspend', params: () => ({ id: ids.certificate, action: 'suspend' }), actor: () => s.regulator, body: (t) => ({ reason: t }), path: 'reason' },
  { name: 'POST /certificates/{id}/operator-decision', route: routes.operatorDecision, method: 'POST', url: '/api/v1/certificates/x/operator-decision', params: () => ({ id: ids.certificate }), actor: () => s.operator, body: (t) => ({ decision: 'accept', rationale: t }), path: 'rationale' },
  { name: 'PUT /deployments (JSON)', route: routes.deployments, method: 'PUT', url: '/api/v1/deployments', params: () => ({}), actor: () => s.operator, body: (t) => ({ deployments: [{ productVersionId: s.version.id, quantity: 3 }, { productVersionId: t, quantity: 1 }] }), path: 'deployments.1.productVersionId' },
  { name: 'POST /notifications/read', route: routes.notificationsRead, method: 'POST', url: '/api/v1/notifications/read', params: () => ({}), actor: () => s.vendor, body: (t) => ({ ids: [uuidPlaceholder, t] }), path: 'ids.1' },
  { name: 'POST /organizations', route: routes.organizations, method: 'POST', url: '/api/v1/organizations', params: () => ({}), actor: () => platformAdmin, body: (t) => ({ name: t, kind: 'vendor' }), path: 'name' },
  { name: 'POST /products/{id}/versions', route: routes.versions, method: 'POST', url: '/api/v1/products/x/versions', params: () => ({ id: s.product.id }), actor: () => s.vendor, body: (t) => ({ version: t }), path: 'version' },
  { name: 'POST /products', route: routes.products, method: 'POST', url: '/api/v1/products', params: () => ({}), actor: () => s.vendor, body: (t) => ({ name: 'Core router', networkFunction: 'UPF', description: t }), path: 'description' },
  { name: 'POST /submissions/{id}/actions/reject', route: routes.submissionAction, method: 'POST', url: '/api/v1/submissions/x/actions/reject', params: () => ({ id: ids.underReview, action: 'reject' }), actor: () => s.regulator, body: (t) => ({ reason: t }), path: 'reason' },
  { name: 'PUT /submissions/{id}/results (JSON)', route: routes.results, method: 'PUT', url: '/api/v1/submissions/x/results', params: () => ({ id: ids.inEvaluation }), actor: () => s.lab, body: (t) => ({ results: [{ testCaseId: s.testCaseIds[0].id, result: 'pass', notes: t }] }), path: 'results.0.notes' },
  { name: 'PATCH /submissions/{id}', route: routes.submission, method: 'PATCH', url: '/api/v1/submissions/x', params: () => ({ id: ids.draft }), actor: () => s.vendor, body: (t) => ({ labOrgId: t }), path: 'labOrgId' },
  { name: 'POST /submissions', route: routes.submissions, method: 'POST', url: '/api/v1/submissions', params: () => ({}), actor: () => s.vendor, body: (t) => ({ productVersionId: s.version.id, labOrgId: s.lab.orgId, scheme: t }), path: 'scheme' },
  { name: 'POST /tokens', route: routes.tokens, method: 'POST', url: '/api/v1/tokens', params: () => ({}), actor: () => s.vendor, body: (t) => ({ name: t }), path: 'name' },
  { name: 'POST /vulnerabilities/{id}/response', route: routes.vulnerabilityResponse, method: 'POST', url: '/api/v1/vulnerabilities/x/response', params: () => ({ id: ids.vulnerability }), actor: () => s.vendor, body: (t) => ({ status: 'investigating', response: t }), path: 'response' },
  { name: 'POST /vulnerabilities', route: routes.vulnerabilities, method: 'POST', url: '/api/v1/vulnerabilities', params: () => ({}), actor: () => s.operator, body: (t) => ({ productVersionId: s.version.id, cvssScore: 7.5, title: t, description: 'Found in a test.' }), path: 'title' },
];

const HOSTILE_VALUES = [...HOSTILE_STRINGS, { label: 'very long string', value: VERY_LONG_STRING }];
const BAD_KEY = 'na\u0000me';

type Problem = { status: number; errors?: { path: string; message: string }[] };

async function send(endpoint: Pick<Endpoint, 'route' | 'method' | 'url' | 'params' | 'actor'>, body: BodyInit, contentType: string, query = '') {
  caller.actor = endpoint.actor();
  const request = new Request(`http://localhost${endpoint.url}${query}`, { method: endpoint.method, headers: { 'content-type': contentType }, body });
  const response = await endpoint.route[endpoint.method](request, { params: Promise.resolve(endpoint.params()) });
  return { status: response.status, problem: (await response.json()) as Problem };
}

/** Refused with a 4xx whose errors name `path`, and nothing in the database changed (no log entry either). */
async function expectRefused(run: () => Promise<{ status: number; problem: Problem }>, path: string, statuses = [400]) {
  const before = await snapshot();
  expect(before.log_entries).toBeGreaterThan(0);
  const { status, problem } = await run();
  expect(statuses).toContain(status);
  expect(problem.errors?.map((e) => e.path)).toContain(path);
  expect(await snapshot()).toEqual(before);
}

describe('hostile text in every JSON body', () => {
  for (const endpoint of JSON_ENDPOINTS) {
    describe(endpoint.name, () => {
      it.each(HOSTILE_VALUES)('refuses a $label, naming the field', async ({ value }) => {
        await expectRefused(() => send(endpoint, JSON.stringify(endpoint.body(value)), 'application/json'), endpoint.path);
      });

      it('refuses a NUL in a key, naming it', async () => {
        const body = { ...(endpoint.body('fine') as object), [BAD_KEY]: 'x' };
        await expectRefused(() => send(endpoint, JSON.stringify(body), 'application/json'), showEscaped(BAD_KEY));
      });
    });
  }
});

const UNSTORABLE = HOSTILE_STRINGS.filter((h) => /NUL|surrogate/.test(h.label));

function cycloneDx(text: string): object {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    components: [0, 1, 2, 3].map((i) => ({ type: 'library', name: i === 3 ? text : `lib${i}`, version: '1.0' })),
  };
}

function vex(text: string): object {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.4',
    version: 1,
    vulnerabilities: [{ id: 'CVE-2021-44228', analysis: { state: 'exploitable', detail: text }, affects: [{ ref: 'x' }] }],
  };
}

describe('hostile text in SBOMs and VEX documents (422)', () => {
  const evidence = { route: routes.evidence, method: 'POST' as const, url: '/api/v1/submissions/x/evidence', params: () => ({ id: ids.draft }), actor: () => s.vendor };
  const vexEndpoint = { route: routes.vex, method: 'POST' as const, url: '/api/v1/product-versions/x/vex', params: () => ({ id: s.version.id }), actor: () => s.vendor };
  const upload = (document: object) => send(evidence, JSON.stringify(document), 'application/json', '?kind=sbom&filename=sbom.cdx.json');

  it.each(UNSTORABLE)('refuses an uploaded SBOM with a $label in a component name', async ({ value }) => {
    await expectRefused(() => upload(cycloneDx(value)), 'components.3.name', [422]);
  });

  it('refuses an uploaded SBOM with a NUL in a key', async () => {
    await expectRefused(() => upload({ ...cycloneDx('fine'), metadata: { [BAD_KEY]: 'x' } }), `metadata.${showEscaped(BAD_KEY)}`, [422]);
  });

  it.each(UNSTORABLE)('refuses a VEX document with a $label in an analysis', async ({ value }) => {
    await expectRefused(() => send(vexEndpoint, JSON.stringify(vex(value)), 'application/json'), 'vulnerabilities.0.analysis.detail', [422]);
  });

  // File names are cleaned, not refused (sanitizeFilename; see evidence.test.ts): a hostile one is stored without those characters.
  it('stores an evidence file name with NUL and an RTL override cleaned', async () => {
    const query = `?kind=sbom&filename=${encodeURIComponent('inv\u0000oice\u202egnp.json')}`;
    const { status, problem } = await send(evidence, JSON.stringify(cycloneDx('fine')), 'application/json', query);
    expect({ status, problem }).toMatchObject({ status: 201 });
    expect((problem as unknown as { filename: string }).filename).toBe('invoicegnp.json');
  });
});

describe('hostile text in CSV bodies', () => {
  const CSV_HOSTILE = HOSTILE_STRINGS.filter((h) => !/surrogate/.test(h.label)); // UTF-8 bytes cannot hold a lone surrogate
  const results = { route: routes.results, method: 'PUT' as const, url: '/api/v1/submissions/x/results', params: () => ({ id: ids.inEvaluation }), actor: () => s.lab };
  const deployments = { route: routes.deployments, method: 'PUT' as const, url: '/api/v1/deployments', params: () => ({}), actor: () => s.operator };

  it.each(CSV_HOSTILE)('PUT /submissions/{id}/results refuses a $label, naming the line', async ({ value }) => {
    const csv = `testCaseId,result,notes\r\n${s.testCaseIds[0].id},pass,fine\r\n${s.testCaseIds[1].id},pass,${value}\r\n`;
    await expectRefused(() => send(results, csv, 'text/csv'), 'line 3');
  });

  it.each(CSV_HOSTILE)('PUT /deployments refuses a $label, naming the line', async ({ value }) => {
    const csv = `productVersionId,quantity\n${s.version.id},3${value}\n`;
    await expectRefused(() => send(deployments, csv, 'text/csv'), 'line 2');
  });
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe('hostile text and common passwords in server actions and the CLI', () => {
  // FormData holds USVStrings: a lone surrogate arrives as U+FFFD, so forms are tried with the rest.
  it.each(HOSTILE_STRINGS.filter((h) => !/surrogate/.test(h.label)))('a form refuses a $label in the product name, on that field', async ({ value }) => {
    caller.actor = s.vendor;
    const before = await snapshot();
    const state = await routes.productActions.createProductAction(initialActionState, form({ name: value, networkFunction: 'UPF' }));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors)).toEqual(['name']);
    expect(await snapshot()).toEqual(before);
  });

  it('the profile form refuses an RTL override in the name', async () => {
    caller.actor = s.vendor;
    const state = await routes.settingsActions.updateProfileAction(initialActionState, form({ name: 'Eve \u202eliam' }));
    expect(state.fieldErrors.name).toMatch(/text-direction control/);
  });

  it('the password change form refuses a common password, in any case', async () => {
    caller.actor = s.vendor;
    const state = await routes.settingsActions.changePasswordAction(
      initialActionState,
      form({ currentPassword: 'correct horse battery', newPassword: 'PassWord1234', confirmPassword: 'PassWord1234' }),
    );
    expect(state.fieldErrors.newPassword).toMatch(/commonly used/);
  });

  it('adding a member refuses a common password', async () => {
    caller.actor = s.vendor;
    const before = await snapshot();
    const state = await routes.organizationActions.addMemberAction(
      initialActionState,
      form({ email: 'new-member@test.example', name: 'New member', role: 'member', password: 'password1234' }),
    );
    expect(state.fieldErrors.password).toMatch(/commonly used/);
    expect(await snapshot()).toEqual(before);
  });

  it('the CLI (user create) refuses a common password', async () => {
    const error = await unsafeCreateUser(s.vendor.orgId, { email: 'cli@test.example', name: 'CLI', password: 'qwertyuiop12' }).catch((e) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).extra.errors).toEqual([{ path: 'password', message: COMMON_PASSWORD_MESSAGE }]);
  });
});
