import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { nestedCycloneDx } from '../helpers/sbom-documents';
import { uploadEvidence } from '@/lib/evidence/commands/add-evidence';
import type { Actor } from '@/lib/authz/actor';

// The route handlers as Next calls them; only the session lookup is replaced. Each answer is also
// checked against its contract by the handler itself (lib/api/conformance.ts).
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
async function call(file: string, url: string) {
  const handler = ((await import(/* @vite-ignore */ path.join(appApi, file, 'route.ts'))) as Record<string, Handler>).GET;
  return handler(new Request(`http://localhost${url}`), { params: Promise.resolve({}) });
}

let database: TestDatabase;
let s: Scenario;
let evidenceId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('gNB');
  const draft = await submissionInState(s, 'draft');
  const dto = await uploadEvidence(s.vendor, draft.id, { kind: 'sbom', filename: 'bom.json', body: new Blob([JSON.stringify(nestedCycloneDx())]).stream() });
  evidenceId = dto.id;
}, 120_000);
afterAll(async () => {
  await database.drop();
});

describe('GET /api/v1/components', () => {
  const url = `/api/v1/components?purl=${encodeURIComponent('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1')}`;

  it('answers the owning vendor with its draft SBOM, another vendor with nothing, the public 401', async () => {
    auth.actor = s.vendor;
    const own = await call('v1/components', url);
    expect(own.status).toBe(200);
    const body = await own.json();
    expect(body.items.map((i: { evidenceId: string }) => i.evidenceId)).toEqual([evidenceId]);
    expect(body.items[0].certificate).toBeNull();
    auth.actor = s.otherVendor;
    expect((await (await call('v1/components', url)).json()).items).toEqual([]);
    auth.actor = s.regulator;
    expect((await (await call('v1/components', url)).json()).items).toEqual([]);
    auth.actor = null;
    expect((await call('v1/components', url)).status).toBe(401);
  });

  it('refuses a missing or malformed purl with a problem document (400)', async () => {
    auth.actor = s.regulator;
    const missing = await call('v1/components', '/api/v1/components');
    expect(missing.status).toBe(400);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect((await call('v1/components', '/api/v1/components?purl=log4j')).status).toBe(400);
    expect((await call('v1/components', `${url}&limit=500`)).status).toBe(400);
  });

  it('shows the conformance report with the evidence detail', async () => {
    auth.actor = s.vendor;
    const detail = await (await import(/* @vite-ignore */ path.join(appApi, 'v1/evidence/[id]', 'route.ts'))).GET(
      new Request(`http://localhost/api/v1/evidence/${evidenceId}`),
      { params: Promise.resolve({ id: evidenceId }) },
    );
    const body = await detail.json();
    expect(body.conformance.standard).toBe('BSI TR-03183-2 v2.1');
    expect(body.conformance.checks.find((c: { id: string }) => c.id === 'format-version')).toMatchObject({ passed: false });
  });
});
