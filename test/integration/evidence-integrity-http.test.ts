import { createHash, randomBytes } from 'node:crypto';
import { chmod, open, truncate, unlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { formatContentDigest } from '@/lib/evidence/content-digest';
import { unauthorized } from '@/lib/errors';
import { getSubmission } from '@/lib/submissions/read-submissions';
import { listIntegrityEventsOfBlob } from '@/db/queries/evidence';
import type { Actor } from '@/lib/authz/actor';

// The handlers' only tie to Next is the caller; everything else runs as in production.
const caller = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/get-actor', () => ({
  requireActor: async () => {
    if (!caller.actor) throw unauthorized();
    return caller.actor;
  },
}));

const submissionEvidenceRoute = await import('@/app/api/v1/submissions/[id]/evidence/route');
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

const CSP = "sandbox; default-src 'none'";
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const blobPath = (sha256: string) => path.join(process.env.DATA_DIR!, 'blobs', 'sha256', sha256.slice(0, 2), sha256);

async function flipByte(sha256: string, offset: number) {
  const file = blobPath(sha256);
  await chmod(file, 0o640);
  const handle = await open(file, 'r+');
  const byte = Buffer.alloc(1);
  await handle.read(byte, 0, 1, offset);
  byte[0] ^= 0x01;
  await handle.write(byte, 0, 1, offset);
  await handle.close();
  await chmod(file, 0o440);
}

function post(submissionId: string, bytes: Uint8Array, filename = 'firmware.bin') {
  const request = new Request(`http://localhost/api/v1/submissions/${submissionId}/evidence?kind=design_doc&filename=${filename}`, {
    method: 'POST',
    body: new Blob([new Uint8Array(bytes)]).stream(),
    headers: { 'content-digest': formatContentDigest(sha256Hex(bytes)) },
    duplex: 'half',
  } as RequestInit);
  return submissionEvidenceRoute.POST(request, context(submissionId));
}

const getContent = (id: string, headers: Record<string, string> = {}) =>
  contentRoute.GET(new Request(`http://localhost/api/v1/evidence/${id}/content`, { headers }), context(id));
const headContent = (id: string) => contentRoute.HEAD(new Request(`http://localhost/api/v1/evidence/${id}/content`, { method: 'HEAD' }), context(id));
const metadataOf = async (actor: Actor, id: string) => {
  caller.actor = actor;
  const response = await metadataRoute.GET(new Request(`http://localhost/api/v1/evidence/${id}`), context(id));
  expect(response.status).toBe(200);
  return response.json();
};

/** Reads a response body to its end or its error: what arrived, and whether it completed. */
async function readBody(response: Response): Promise<{ received: Buffer; isComplete: boolean; error?: unknown }> {
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { received: Buffer.concat(chunks), isComplete: true };
      chunks.push(value);
    }
  } catch (error) {
    return { received: Buffer.concat(chunks), isComplete: false, error };
  }
}

/** A vendor upload to a submission regulators can see (changes requested), over HTTP. */
async function uploaded(bytes: Buffer) {
  const submission = await submissionInState(s, 'changes_requested');
  caller.actor = s.vendor;
  const created = await post(submission.id, bytes);
  expect(created.status).toBe(201);
  return { submission, dto: (await created.json()) as { id: string; sha256: string } };
}

describe('downloads of damaged evidence', () => {
  it('cut the body short instead of completing it, record an integrity event and show regulators "damaged"', async () => {
    const bytes = randomBytes(512 * 1024);
    const { submission, dto } = await uploaded(bytes);
    await flipByte(dto.sha256, 200_000);

    caller.actor = s.regulator;
    const response = await getContent(dto.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-digest')).toBe(formatContentDigest(dto.sha256));
    const body = await readBody(response);

    expect(body.isComplete).toBe(false);
    expect(body.received.length).toBeLessThan(bytes.length);
    await vi.waitFor(async () => {
      const events = await listIntegrityEventsOfBlob(database.db, dto.sha256);
      expect(events).toEqual([expect.objectContaining({ kind: 'damaged', source: 'download', evidenceId: dto.id, expectedSize: bytes.length })]);
    });

    expect((await metadataOf(s.regulator, dto.id)).integrity).toMatchObject({ state: 'damaged', detectedAt: expect.any(String) });
    const listed = await submissionEvidenceRoute.GET(new Request(`http://localhost/api/v1/submissions/${submission.id}/evidence`), context(submission.id));
    expect((await listed.json()).items.find((e: { id: string }) => e.id === dto.id).integrity.state).toBe('damaged');
    expect((await getSubmission(s.regulator, submission.id)).evidence.find((e) => e.id === dto.id)?.integrity?.state).toBe('damaged');
    // The state is for the regulators who decide; the vendor's DTO is unchanged.
    expect((await metadataOf(s.vendor, dto.id)).integrity).toBeUndefined();
  });

  it('heal when the intact file is uploaded again: the download then verifies and regulators see "ok"', async () => {
    const bytes = randomBytes(300 * 1024);
    const { submission, dto } = await uploaded(bytes);
    await flipByte(dto.sha256, 0);
    caller.actor = s.regulator;
    expect((await readBody(await getContent(dto.id))).isComplete).toBe(false);

    caller.actor = s.vendor;
    const again = await post(submission.id, bytes, 'firmware-again.bin');
    expect(again.status).toBe(201);

    caller.actor = s.regulator;
    for (const id of [dto.id, (await again.json()).id as string]) {
      const body = await readBody(await getContent(id));
      expect(body.isComplete).toBe(true);
      expect(body.received.equals(bytes)).toBe(true);
      expect(sha256Hex(body.received)).toBe(dto.sha256);
    }
    await vi.waitFor(async () => {
      const kinds = (await listIntegrityEventsOfBlob(database.db, dto.sha256)).map((e) => [e.kind, e.source]);
      expect(kinds).toEqual([
        ['damaged', 'download'],
        ['restored', 'upload'],
      ]);
    });
    expect((await metadataOf(s.regulator, dto.id)).integrity).toEqual({ state: 'ok', detectedAt: null });
  });

  it('answer a problem before any byte when the stored file has the wrong size or is gone, and record it', async () => {
    const truncated = await uploaded(randomBytes(10_000));
    const deleted = await uploaded(randomBytes(10_000));
    await chmod(blobPath(truncated.dto.sha256), 0o640);
    await truncate(blobPath(truncated.dto.sha256), 5000);
    await unlink(blobPath(deleted.dto.sha256));
    caller.actor = s.regulator;

    for (const [{ dto }, code, kind] of [
      [truncated, 'evidence_damaged', 'damaged'],
      [deleted, 'evidence_missing', 'missing'],
    ] as const) {
      const response = await getContent(dto.id);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 500, code });
      const events = await listIntegrityEventsOfBlob(database.db, dto.sha256);
      expect(events.map((e) => [e.kind, e.evidenceId])).toEqual([[kind, dto.id]]);
      expect((await metadataOf(s.regulator, dto.id)).integrity.state).toBe(kind);
    }
  });
});

describe('every evidence download', () => {
  it('is a sandboxed, unsniffable attachment: GET, HEAD and 304', async () => {
    const bytes = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>');
    const { dto } = await uploaded(bytes);
    caller.actor = s.regulator;

    const responses = [await getContent(dto.id), await headContent(dto.id), await getContent(dto.id, { 'if-none-match': `"${dto.sha256}"` })];

    expect(responses.map((r) => r.status)).toEqual([200, 200, 304]);
    for (const response of responses) {
      expect(response.headers.get('content-security-policy')).toBe(CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(responses[0].headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(responses[0].headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await responses[0].arrayBuffer()).equals(bytes)).toBe(true);
  });
});
