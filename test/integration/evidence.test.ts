import { submissionStateLabel } from '@/lib/workflow/submission-state-display';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { getEvidence, listEvidence, openEvidenceContent } from '@/lib/evidence/read-evidence';
import { uploadEvidence, type UploadEvidenceInput } from '@/lib/evidence/commands/add-evidence';
import { formatContentDigest } from '@/lib/evidence/content-digest';
import { ServiceError } from '@/lib/errors';
import { listEvidenceOfSubmission } from '@/db/queries/evidence';
import { countLogEntries, selectEntriesForSubject } from '@/db/queries/log';
import { certificates } from '@/db/schema/certificates';
import { submissions } from '@/db/schema/submissions';
import type { Actor } from '@/lib/authz/actor';

const blobsDir = () => path.join(process.env.DATA_DIR!, 'blobs');
const blobPath = (sha256: string) => path.join(blobsDir(), 'sha256', sha256.slice(0, 2), sha256);
const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
// Buffer.equals: toEqual compares byte by byte through the deep-equality machinery, seconds per MiB.
const sameBytes = (a: Buffer, b: Uint8Array) => a.equals(b);

async function tempFiles(): Promise<string[]> {
  try {
    return await readdir(path.join(blobsDir(), 'tmp'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** A body that is read only when asked (highWaterMark 0), and says whether it was. */
function bodyOf(bytes: Uint8Array, options: { chunkSize?: number; failAfter?: number; onPull?: (n: number) => Promise<void> } = {}) {
  const chunkSize = options.chunkSize ?? 64 * 1024;
  let offset = 0;
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        pulls++;
        await options.onPull?.(pulls);
        if (options.failAfter !== undefined && offset >= options.failAfter) {
          controller.error(new Error('connection reset by peer'));
          return;
        }
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + chunkSize));
        offset += chunkSize;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, wasPulled: () => pulls > 0 };
}

function randomFile(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes[0] = 0; // no magic number by chance
  return bytes;
}

async function refusal(promise: Promise<unknown>): Promise<ServiceError & { code?: string }> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError & { code?: string };
}

let database: TestDatabase;
let s: Scenario;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('AMF');
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const rowsOf = (submissionId: string) => listEvidenceOfSubmission(database.db, submissionId);
const evidenceEntries = async (submissionId: string) =>
  (await selectEntriesForSubject(database.db, 'submission', submissionId)).filter((e) => e.type === 'evidence.added');

function upload(actor: Actor, submissionId: string, bytes: Uint8Array, input: Partial<UploadEvidenceInput> = {}, maxBytes?: number) {
  return uploadEvidence(
    actor,
    submissionId,
    { kind: 'design_doc', filename: 'design.pdf', body: bodyOf(bytes).stream, ...input },
    maxBytes ? { maxBytes } : {},
  );
}

/** Asserts a refused upload left nothing behind: no row, no log entry, no temp file, no blob. */
async function expectNothingStored(submissionId: string, rowsBefore: number, logBefore: number, sha256?: string) {
  expect(await rowsOf(submissionId)).toHaveLength(rowsBefore);
  expect(await countLogEntries(database.db)).toBe(logBefore);
  expect(await tempFiles()).toEqual([]);
  if (sha256) expect(existsSync(blobPath(sha256))).toBe(false);
}

describe('uploading evidence', () => {
  it('stores a vendor upload to a draft: row, blob under DATA_DIR/blobs/sha256, one log entry', async () => {
    const draft = await submissionInState(s, 'draft');
    const bytes = randomFile(300 * 1024 + 7);
    const sha256 = sha256Hex(bytes);
    const before = await countLogEntries(database.db);

    const dto = await upload(s.vendor, draft.id, bytes, {
      contentDigest: formatContentDigest(sha256),
      contentLength: bytes.length,
      visibility: 'certified',
    });

    expect(dto).toMatchObject({
      submissionId: draft.id,
      sha256,
      size: bytes.length,
      kind: 'design_doc',
      filename: 'design.pdf',
      mediaType: 'application/octet-stream',
      visibility: 'certified',
      uploaderOrgId: s.vendor.orgId,
      sbom: null,
    });
    expect(sameBytes(await readFile(blobPath(sha256)), bytes)).toBe(true);
    expect(await tempFiles()).toEqual([]);
    const row = (await rowsOf(draft.id)).find((r) => r.id === dto.id)!;
    expect(row).toMatchObject({ sha256, size: bytes.length, uploadedBy: s.vendor.userId, logIndex: dto.logIndex });

    expect(await countLogEntries(database.db)).toBe(before + 1);
    const entries = await evidenceEntries(draft.id);
    expect(entries).toHaveLength(1);
    expect(entries[0].index).toBe(dto.logIndex);
    const entry = JSON.parse(entries[0].entry);
    expect(entry.actor).toMatchObject({ user: s.vendor.userId, org: s.vendor.orgId });
    expect(entry.data).toEqual({
      evidenceId: dto.id,
      sha256,
      size: bytes.length,
      filename: 'design.pdf',
      kind: 'design_doc',
      mediaType: 'application/octet-stream',
      visibility: 'certified',
    });

    const content = await openEvidenceContent(s.vendor, dto.id);
    expect(content).toMatchObject({ sha256, size: bytes.length, filename: 'design.pdf' });
    expect(sameBytes(await buffer(content.stream), bytes)).toBe(true);
  });

  it('lets the vendor add evidence answering a change request, and the assigned lab its reports in evaluation', async () => {
    const changes = await submissionInState(s, 'changes_requested');
    await expect(upload(s.vendor, changes.id, randomFile(100))).resolves.toMatchObject({ kind: 'design_doc' });
    const evaluation = await submissionInState(s, 'in_evaluation');
    for (const kind of ['test_report', 'evaluation_report']) {
      const dto = await upload(s.lab, evaluation.id, Buffer.from('%PDF-1.7\n...'), { kind, filename: `${kind}.pdf` });
      expect(dto).toMatchObject({ kind, mediaType: 'application/pdf', uploaderOrgId: s.lab.orgId });
    }
  });

  it('stores the same bytes once however often they are uploaded', async () => {
    const draft = await submissionInState(s, 'draft');
    const bytes = randomFile(5000);
    const first = await upload(s.vendor, draft.id, bytes);
    const blobCount = async () => (await readdir(path.join(blobsDir(), 'sha256'), { recursive: true })).length;
    const blobsBefore = await blobCount();
    const second = await upload(s.vendor, draft.id, bytes, { filename: 'copy.bin' });
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(await blobCount()).toBe(blobsBefore);
    expect(await tempFiles()).toEqual([]);
    expect(sameBytes(await buffer((await openEvidenceContent(s.vendor, second.id)).stream), bytes)).toBe(true);
  });

  it('refuses a Content-Digest mismatch with 422 and stores nothing', async () => {
    const draft = await submissionInState(s, 'draft');
    const rows = (await rowsOf(draft.id)).length;
    const log = await countLogEntries(database.db);
    const bytes = randomFile(200 * 1024);
    const error = await refusal(upload(s.vendor, draft.id, bytes, { contentDigest: formatContentDigest(sha256Hex(Buffer.from('other'))) }));
    expect(error).toMatchObject({ status: 422, code: 'digest_mismatch' });
    await expectNothingStored(draft.id, rows, log, sha256Hex(bytes));
  });

  it('refuses a malformed Content-Digest with 400 before reading the body', async () => {
    const draft = await submissionInState(s, 'draft');
    const body = bodyOf(randomFile(100));
    const error = await refusal(upload(s.vendor, draft.id, Buffer.alloc(0), { body: body.stream, contentDigest: 'sha-256=abc' }));
    expect(error).toMatchObject({ status: 400, code: 'invalid_content_digest' });
    expect(body.wasPulled()).toBe(false);
  });

  it('refuses an upload over the limit with 413 and stores nothing', async () => {
    const draft = await submissionInState(s, 'draft');
    const rows = (await rowsOf(draft.id)).length;
    const log = await countLogEntries(database.db);
    const bytes = randomFile(10_000);
    const streamed = await refusal(upload(s.vendor, draft.id, bytes, { body: bodyOf(bytes, { chunkSize: 1000 }).stream }, 4096));
    expect(streamed).toMatchObject({ status: 413, code: 'upload_too_large' });
    await expectNothingStored(draft.id, rows, log, sha256Hex(bytes));

    const announced = bodyOf(bytes);
    const early = await refusal(upload(s.vendor, draft.id, bytes, { body: announced.stream, contentLength: bytes.length }, 4096));
    expect(early).toMatchObject({ status: 413 });
    expect(announced.wasPulled()).toBe(false);
    await expectNothingStored(draft.id, rows, log, sha256Hex(bytes));
  });

  it('leaves no row and no file when the body breaks off midway', async () => {
    const draft = await submissionInState(s, 'draft');
    const rows = (await rowsOf(draft.id)).length;
    const log = await countLogEntries(database.db);
    const bytes = randomFile(512 * 1024);
    const error = await refusal(upload(s.vendor, draft.id, bytes, { body: bodyOf(bytes, { failAfter: 256 * 1024 }).stream }));
    expect(error).toMatchObject({ status: 400, code: 'upload_aborted' });
    await expectNothingStored(draft.id, rows, log, sha256Hex(bytes));
  });

  it('leaves no row and no file when the client goes away (signal)', async () => {
    const draft = await submissionInState(s, 'draft');
    const rows = (await rowsOf(draft.id)).length;
    const log = await countLogEntries(database.db);
    const bytes = randomFile(512 * 1024);
    const controller = new AbortController();
    const body = bodyOf(bytes, { onPull: async (n) => void (n === 3 && controller.abort(new Error('client disconnected'))) });
    const error = await refusal(upload(s.vendor, draft.id, bytes, { body: body.stream, signal: controller.signal }));
    expect(error).toMatchObject({ status: 400, code: 'upload_aborted' });
    await expectNothingStored(draft.id, rows, log, sha256Hex(bytes));
  });

  it('refuses a body shorter than its Content-Length (a truncated upload) with 400', async () => {
    const draft = await submissionInState(s, 'draft');
    const rows = (await rowsOf(draft.id)).length;
    const log = await countLogEntries(database.db);
    const bytes = randomFile(1000);
    const error = await refusal(upload(s.vendor, draft.id, bytes, { contentLength: 2000 }));
    expect(error).toMatchObject({ status: 400, code: 'upload_incomplete' });
    await expectNothingStored(draft.id, rows, log, sha256Hex(bytes));
  });

  it('refuses an empty file with 400', async () => {
    const draft = await submissionInState(s, 'draft');
    const rows = (await rowsOf(draft.id)).length;
    const log = await countLogEntries(database.db);
    expect(await refusal(upload(s.vendor, draft.id, Buffer.alloc(0)))).toMatchObject({ status: 400, code: 'empty_upload' });
    expect(await refusal(upload(s.vendor, draft.id, Buffer.alloc(0), { body: null }))).toMatchObject({ status: 400, code: 'empty_upload' });
    await expectNothingStored(draft.id, rows, log);
  });

  it('stores only the last path segment of the file name, without control or bidi characters', async () => {
    const draft = await submissionInState(s, 'draft');
    const cases: Array<[string, string]> = [
      ['../../etc/passwd', 'passwd'],
      ['..\\..\\windows\\win.ini', 'win.ini'],
      ['invoice\u202Egnp.exe', 'invoicegnp.exe'],
      ['re\u0000po\u0007rt\u200B.pdf', 'report.pdf'],
    ];
    for (const [raw, stored] of cases) {
      const dto = await upload(s.vendor, draft.id, randomFile(10), { filename: raw });
      expect(dto.filename).toBe(stored);
      const entry = (await evidenceEntries(draft.id)).find((e) => e.index === dto.logIndex)!;
      expect(JSON.parse(entry.entry).data.filename).toBe(stored);
    }
    for (const filename of ['', '../..', '\u202E\u0000']) {
      const body = bodyOf(randomFile(10));
      expect(await refusal(upload(s.vendor, draft.id, Buffer.alloc(0), { filename, body: body.stream }))).toMatchObject({ status: 400 });
      expect(body.wasPulled()).toBe(false);
    }
  });

  it('refuses an unknown kind or visibility with 400', async () => {
    const draft = await submissionInState(s, 'draft');
    expect(await refusal(upload(s.vendor, draft.id, randomFile(10), { kind: 'malware' }))).toMatchObject({ status: 400 });
    expect(await refusal(upload(s.vendor, draft.id, randomFile(10), { visibility: 'public' }))).toMatchObject({ status: 400 });
  });
});

describe('who may upload, and when', () => {
  async function expectRefusedUnread(actor: Actor, submissionId: string, kind: string, status: number, currentState?: string) {
    const log = await countLogEntries(database.db);
    const rows = (await rowsOf(submissionId)).length;
    const body = bodyOf(randomFile(1000));
    const error = await refusal(upload(actor, submissionId, Buffer.alloc(0), { kind, body: body.stream }));
    expect(error.status, `${actor.orgKind} ${kind}`).toBe(status);
    // The message names the state as people read it (“Under review”), the field as code does.
    if (currentState) expect(error).toMatchObject({ extra: { currentState }, message: expect.stringContaining(`“${submissionStateLabel(currentState)}”`) });
    expect(body.wasPulled(), 'the body was read').toBe(false);
    await expectNothingStored(submissionId, rows, log);
  }

  it('answers 409 naming the state, without reading the body, outside draft / changes_requested', async () => {
    for (const state of ['submitted', 'in_evaluation', 'under_review', 'approved', 'rejected', 'withdrawn'] as const) {
      const row = await submissionInState(s, state);
      await expectRefusedUnread(s.vendor, row.id, 'sbom', 409, state);
    }
  });

  it('lets the lab upload its reports only in evaluation (409 otherwise)', async () => {
    for (const state of ['submitted', 'under_review', 'changes_requested', 'approved'] as const) {
      const row = await submissionInState(s, state);
      await expectRefusedUnread(s.lab, row.id, 'test_report', 409, state);
    }
  });

  it('answers 404 to anyone who cannot see the submission', async () => {
    const draft = await submissionInState(s, 'draft');
    await expectRefusedUnread(s.otherVendor, draft.id, 'sbom', 404);
    await expectRefusedUnread(s.lab, draft.id, 'test_report', 404);
    await expectRefusedUnread(s.regulator, draft.id, 'other', 404);
    const evaluation = await submissionInState(s, 'in_evaluation');
    await expectRefusedUnread(s.otherLab, evaluation.id, 'test_report', 404);
    await expectRefusedUnread(s.operator, evaluation.id, 'other', 404);
    await expectRefusedUnread(s.vendor, '00000000-0000-4000-8000-000000000000', 'sbom', 404);
  });

  it('answers 403 to those who see the submission but may not add this kind', async () => {
    const evaluation = await submissionInState(s, 'in_evaluation');
    await expectRefusedUnread(s.lab, evaluation.id, 'sbom', 403);
    await expectRefusedUnread(s.lab, evaluation.id, 'other', 403);
    await expectRefusedUnread(s.regulator, evaluation.id, 'other', 403);
    const draft = await submissionInState(s, 'draft');
    await expectRefusedUnread(s.vendor, draft.id, 'test_report', 403);
    await expectRefusedUnread(s.vendor, draft.id, 'evaluation_report', 403);
    const approved = await submissionInState(s, 'approved');
    await expectRefusedUnread(s.operator, approved.id, 'other', 403);
  });

  it('re-checks the state under lock: a submission submitted while the body streamed refuses the upload', async () => {
    const draft = await submissionInState(s, 'draft');
    const rows = (await rowsOf(draft.id)).length;
    const log = await countLogEntries(database.db);
    const bytes = randomFile(256 * 1024);
    const body = bodyOf(bytes, {
      onPull: async (n) => {
        if (n === 2) await database.db.update(submissions).set({ state: 'submitted', submittedAt: new Date() }).where(eq(submissions.id, draft.id));
      },
    });
    const error = await refusal(upload(s.vendor, draft.id, bytes, { body: body.stream }));
    expect(error).toMatchObject({ status: 409, extra: { currentState: 'submitted' } });
    expect(await rowsOf(draft.id)).toHaveLength(rows);
    expect(await countLogEntries(database.db)).toBe(log);
    expect(await tempFiles()).toEqual([]);
    // The blob was committed before the transaction; unreferenced and content-addressed, it is harmless.
    expect(existsSync(blobPath(sha256Hex(bytes)))).toBe(true);
  });
});

describe('SBOMs', () => {
  const fixtures = path.join(process.cwd(), 'test', 'fixtures', 'sboms');
  const EXPECTED: Array<[file: string, format: 'cyclonedx' | 'spdx', specVersion: string, components: number]> = [
    ['cyclonedx-1.4-laravel-7.12.0.json', 'cyclonedx', '1.4', 62],
    ['cyclonedx-1.4-juice-shop-flat.json', 'cyclonedx', '1.4', 1115],
    ['cyclonedx-1.2-proton-bridge-1.8.0.json', 'cyclonedx', '1.2', 201],
    ['spdx-2.3-example11.json', 'spdx', 'SPDX-2.3', 4],
    ['spdx-2.2-appbomination.json', 'spdx', 'SPDX-2.2', 7],
  ];

  it.each(EXPECTED)('parses %s', async (file, format, specVersion, components) => {
    const draft = await submissionInState(s, 'draft');
    const bytes = await readFile(path.join(fixtures, file));
    const dto = await upload(s.vendor, draft.id, bytes, { kind: 'sbom', filename: file, contentDigest: formatContentDigest(sha256Hex(bytes)) });
    expect(dto.sbom).toMatchObject({ format, componentCount: components });
    expect((dto.sbom as { specVersion: string }).specVersion).toContain(specVersion.replace('SPDX-', ''));
    expect(JSON.parse(JSON.stringify(dto)).sbom).not.toHaveProperty('components');
    expect(dto.mediaType).toBe(format === 'cyclonedx' ? 'application/vnd.cyclonedx+json' : 'application/spdx+json');
    expect(JSON.stringify(dto).length).toBeLessThan(2000);

    const detail = await getEvidence(s.vendor, dto.id);
    const listed = (detail.sbom as { components: Array<{ name: string }> }).components;
    expect(listed).toHaveLength(Math.min(components, 500));
    expect(listed.every((c) => typeof c.name === 'string')).toBe(true);
    expect(sameBytes(await readFile(blobPath(dto.sha256)), bytes)).toBe(true);
  });

  it.each([
    ['truncated JSON', '{"bomFormat":"CycloneDX","specVersion":"1.4","components":[', 422, 'sbom_malformed'],
    ['wrong shape', '{"bomFormat":"CycloneDX","specVersion":"1.4","components":"none"}', 422, 'sbom_malformed'],
    ['not an SBOM', '{"hello":"world"}', 415, 'sbom_unsupported_format'],
    ['a PDF', '%PDF-1.7 not json', 415, 'sbom_unsupported_format'],
  ])('refuses %s and stores nothing', async (_name, text, status, code) => {
    const draft = await submissionInState(s, 'draft');
    const rows = (await rowsOf(draft.id)).length;
    const log = await countLogEntries(database.db);
    const bytes = Buffer.from(text);
    expect(await refusal(upload(s.vendor, draft.id, bytes, { kind: 'sbom', filename: 'bom.json' }))).toMatchObject({ status, code });
    await expectNothingStored(draft.id, rows, log, sha256Hex(bytes));
  });

  it('refuses an SBOM announced over 64 MiB before reading it', async () => {
    const draft = await submissionInState(s, 'draft');
    const body = bodyOf(randomFile(10));
    const error = await refusal(upload(s.vendor, draft.id, Buffer.alloc(0), { kind: 'sbom', body: body.stream, contentLength: 64 * 1024 * 1024 + 1 }));
    expect(error).toMatchObject({ status: 413, code: 'sbom_too_large' });
    expect(body.wasPulled()).toBe(false);
  });
});

describe('reading evidence', () => {
  async function approvedWithEvidence() {
    const draft = await submissionInState(s, 'draft');
    const assessment = await upload(s.vendor, draft.id, randomFile(64), { filename: 'internal.pdf' });
    const certified = await upload(s.vendor, draft.id, randomFile(64), { filename: 'public.pdf', visibility: 'certified' });
    return { submissionId: draft.id, assessment, certified };
  }
  async function approve(submissionId: string) {
    await database.db.update(submissions).set({ state: 'approved', submittedAt: new Date() }).where(eq(submissions.id, submissionId));
    await database.db.insert(certificates).values({
      submissionId,
      productVersionId: s.version.id,
      vendorOrgId: s.vendor.orgId,
      labOrgId: s.lab.orgId,
      scheme: 'NESAS/SCAS',
      issuedAt: new Date(),
      expiresAt: new Date(Date.now() + 86_400_000),
    });
  }
  const statusOf = (p: Promise<unknown>) => p.then(() => 200, (e) => (e instanceof ServiceError ? e.status : Promise.reject(e)));

  it('shows operators only certified evidence of certified submissions', async () => {
    const { submissionId, assessment, certified } = await approvedWithEvidence();
    expect(await statusOf(getEvidence(s.operator, certified.id))).toBe(404);
    await approve(submissionId);

    expect(await statusOf(getEvidence(s.operator, assessment.id))).toBe(404);
    expect(await statusOf(openEvidenceContent(s.operator, assessment.id))).toBe(404);
    expect((await getEvidence(s.operator, certified.id)).filename).toBe('public.pdf');
    const content = await openEvidenceContent(s.operator, certified.id);
    content.stream.destroy();
    const listed = await listEvidence(s.operator, submissionId);
    expect(listed.items.map((e) => e.id)).toEqual([certified.id]);

    for (const actor of [s.vendor, s.lab, s.regulator]) {
      expect((await getEvidence(actor, assessment.id)).id).toBe(assessment.id);
      expect((await listEvidence(actor, submissionId)).items.map((e) => e.id)).toEqual(expect.arrayContaining([assessment.id, certified.id]));
    }
    for (const actor of [s.otherVendor, s.otherLab]) {
      expect(await statusOf(getEvidence(actor, certified.id))).toBe(404);
      expect(await statusOf(openEvidenceContent(actor, certified.id))).toBe(404);
      expect(await statusOf(listEvidence(actor, submissionId))).toBe(404);
    }
  });

  it('hides draft evidence from the lab and regulators', async () => {
    const { assessment } = await approvedWithEvidence();
    for (const actor of [s.lab, s.regulator, s.otherVendor]) expect(await statusOf(getEvidence(actor, assessment.id))).toBe(404);
    expect(await statusOf(getEvidence(s.vendor, 'not-a-uuid'))).toBe(404);
    expect(await statusOf(getEvidence(s.vendor, '00000000-0000-4000-8000-000000000000'))).toBe(404);
  });

  it('pages through a submission’s evidence oldest first', async () => {
    const draft = await submissionInState(s, 'draft');
    for (let i = 0; i < 3; i++) await upload(s.vendor, draft.id, randomFile(16), { filename: `f${i}.bin` });
    const all = (await listEvidence(s.vendor, draft.id, { limit: '200' })).items.map((e) => e.id);
    expect(all).toHaveLength(4);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listEvidence(s.vendor, draft.id, { limit: '1', ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(await statusOf(listEvidence(s.vendor, draft.id, { cursor: 'garbage' }))).toBe(400);
  });
});
