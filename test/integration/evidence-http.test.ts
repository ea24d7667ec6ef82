import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { formatContentDigest } from '@/lib/evidence/content-digest';
import { unauthorized } from '@/lib/errors';
import type { Actor } from '@/lib/authz/actor';

// The handlers' only tie to Next is the caller; everything else runs as in production.
const caller = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/get-actor', () => ({
  requireActor: async () => {
    if (!caller.actor) throw unauthorized();
    return caller.actor;
  },
}));

const uploadRoute = await import('@/app/api/v1/submissions/[id]/evidence/route');
const metadataRoute = await import('@/app/api/v1/evidence/[id]/route');
const contentRoute = await import('@/app/api/v1/evidence/[id]/content/route');

let database: TestDatabase;
let s: Scenario;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('UPF');
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const context = (id: string) => ({ params: Promise.resolve({ id }) });
const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function streamOf(bytes: Uint8Array, chunkSize = 16 * 1024): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

function post(submissionId: string, query: string, bytes: Uint8Array, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/v1/submissions/${submissionId}/evidence?${query}`, {
    method: 'POST',
    body: streamOf(bytes),
    headers,
    duplex: 'half',
  } as RequestInit);
  return uploadRoute.POST(request, context(submissionId));
}

function getContent(evidenceId: string, headers: Record<string, string> = {}) {
  return contentRoute.GET(new Request(`http://localhost/api/v1/evidence/${evidenceId}/content`, { headers }), context(evidenceId));
}

describe('evidence over HTTP', () => {
  it('streams an upload in (201) and back out as an attachment with digest headers', async () => {
    caller.actor = s.vendor;
    const draft = await submissionInState(s, 'draft');
    const bytes = Buffer.concat([Buffer.from('<html><script>alert(1)</script>'), randomBytes(100_000)]);
    const sha256 = sha256Hex(bytes);

    const created = await post(draft.id, 'kind=design_doc&filename=..%2Fr%C3%A9sum%C3%A9%20%22x%22.html&visibility=certified', bytes, {
      'content-type': 'text/html',
      'content-digest': formatContentDigest(sha256),
    });
    expect(created.status).toBe(201);
    const dto = await created.json();
    expect(dto).toMatchObject({ sha256, size: bytes.length, kind: 'design_doc', filename: 'résumé "x".html', visibility: 'certified' });
    expect(typeof dto.logIndex).toBe('number');
    expect(created.headers.get('location')).toBe(`/api/v1/evidence/${dto.id}`);

    const metadata = await metadataRoute.GET(new Request(`http://localhost/api/v1/evidence/${dto.id}`), context(dto.id));
    expect(metadata.status).toBe(200);
    expect(await metadata.json()).toMatchObject({ id: dto.id, sha256 });

    const content = await getContent(dto.id);
    expect(content.status).toBe(200);
    expect(Object.fromEntries(content.headers)).toMatchObject({
      'content-type': 'application/octet-stream',
      'content-length': String(bytes.length),
      'content-digest': formatContentDigest(sha256),
      etag: `"${sha256}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    const disposition = content.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="resume _x_.html"; filename\*=UTF-8''r%C3%A9sum%C3%A9%20%22x%22.html$/);
    expect(Buffer.from(await content.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('answers If-None-Match with 304 and no body', async () => {
    caller.actor = s.vendor;
    const draft = await submissionInState(s, 'draft');
    const bytes = randomBytes(1000);
    const dto = await (await post(draft.id, 'kind=other&filename=a.bin', bytes)).json();
    for (const tag of [`"${dto.sha256}"`, `W/"${dto.sha256}"`, `"nope", "${dto.sha256}"`, '*']) {
      const notModified = await getContent(dto.id, { 'if-none-match': tag });
      expect(notModified.status, tag).toBe(304);
      expect(notModified.headers.get('etag')).toBe(`"${dto.sha256}"`);
      expect(await notModified.text()).toBe('');
    }
    expect((await getContent(dto.id, { 'if-none-match': '"other"' })).status).toBe(200);
    const head = await contentRoute.HEAD(new Request(`http://localhost/api/v1/evidence/${dto.id}/content`, { method: 'HEAD' }), context(dto.id));
    expect(head.status).toBe(200);
    expect(head.headers.get('content-digest')).toBe(formatContentDigest(dto.sha256));
    expect(head.body).toBeNull();
    caller.actor = s.otherVendor;
    expect((await getContent(dto.id, { 'if-none-match': `"${dto.sha256}"` })).status).toBe(404);
  });

  it('answers refusals as problem documents', async () => {
    caller.actor = s.vendor;
    const draft = await submissionInState(s, 'draft');
    const bytes = randomBytes(100);
    const problem = async (response: Response) => ({ status: response.status, type: response.headers.get('content-type'), body: await response.json() });

    const mismatch = await problem(await post(draft.id, 'kind=other&filename=a', bytes, { 'content-digest': formatContentDigest('0'.repeat(64)) }));
    expect(mismatch).toMatchObject({ status: 422, type: 'application/problem+json', body: { code: 'digest_mismatch' } });
    expect((await problem(await post(draft.id, 'kind=other&filename=a', bytes, { 'content-type': 'multipart/form-data; boundary=x' }))).status).toBe(415);
    expect((await post(draft.id, 'kind=other&filename=curl.bin', bytes, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(201);
    expect((await problem(await post(draft.id, 'kind=other&filename=a&extra=1', bytes))).status).toBe(400);
    expect((await problem(await post(draft.id, 'filename=a', bytes))).status).toBe(400);
    expect((await problem(await post('not-a-uuid', 'kind=other&filename=a', bytes))).status).toBe(400);

    const submitted = await submissionInState(s, 'submitted');
    expect(await problem(await post(submitted.id, 'kind=other&filename=a', bytes))).toMatchObject({
      status: 409,
      body: { currentState: 'submitted' },
    });
    caller.actor = s.otherVendor;
    expect((await problem(await post(draft.id, 'kind=other&filename=a', bytes))).status).toBe(404);
    caller.actor = null;
    expect((await problem(await post(draft.id, 'kind=other&filename=a', bytes))).status).toBe(401);
  });

  it('lists a submission’s evidence', async () => {
    caller.actor = s.vendor;
    const draft = await submissionInState(s, 'draft');
    const dto = await (await post(draft.id, 'kind=other&filename=a.bin', randomBytes(10))).json();
    const response = await uploadRoute.GET(new Request(`http://localhost/api/v1/submissions/${draft.id}/evidence?limit=10`), context(draft.id));
    expect(response.status).toBe(200);
    const page = await response.json();
    expect(page.items.map((e: { id: string }) => e.id)).toContain(dto.id);
    expect(page.nextCursor).toBeNull();
  });

  it('is documented in the OpenAPI document', async () => {
    const { buildOpenApiDocument } = await import('@/lib/api/openapi');
    const paths = buildOpenApiDocument('http://localhost').paths as Record<string, Record<string, { requestBody?: unknown; parameters: Array<{ name: string }> }>>;
    const upload = paths['/api/v1/submissions/{id}/evidence'].post;
    expect(upload.requestBody).toMatchObject({ content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } });
    expect(upload.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['id', 'kind', 'filename', 'visibility']));
    expect(paths['/api/v1/evidence/{id}'].get).toBeDefined();
    expect(paths['/api/v1/evidence/{id}/content'].get).toBeDefined();
  });
});
