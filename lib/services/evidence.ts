import 'server-only';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { Actor } from '@/lib/authz/actor';
import { config } from '@/lib/config';
import { getDb } from '@/lib/db';
import { badRequest, conflict, forbidden, notFound } from '@/lib/errors';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import { evidenceVisibilitiesFor } from '@/lib/visibility/evidence';
import { appendEntry } from '@/lib/log/store/append-entry';
import { toEvidenceDto, type EvidenceDto } from '@/lib/dto/submission';
import type { BlobStore, TempBlob } from '@/lib/evidence/blob-store';
import { getBlobStore } from '@/lib/evidence/blob-store-instance';
import { parseContentDigest } from '@/lib/evidence/content-digest';
import { EvidenceError } from '@/lib/evidence/errors';
import { sanitizeFilename } from '@/lib/evidence/filename';
import { receiveUpload, type UploadBody } from '@/lib/evidence/receive-upload';
import { createSbomTooLargeError } from '@/lib/evidence/sbom/parse-sbom';
import { parseSbomStream } from '@/lib/evidence/sbom/read-sbom';
import { inSbomParseSlot } from '@/lib/evidence/sbom/sbom-parse-slots';
import { MAX_SBOM_BYTES, type SbomSummary } from '@/lib/evidence/sbom/sbom-summary';
import { findVisibleSubmission, type SubmissionRow } from '@/db/queries/submissions';
import {
  DETAIL_COMPONENT_LIMIT,
  UPLOAD_STATES,
  UPLOADER_OF_KIND,
  listEvidenceQuerySchema,
  uploadEvidenceQuerySchema,
  type EvidenceKind,
} from '@/lib/validation/evidence';
import { findVisibleEvidence, insertEvidence, listEvidencePage, setEvidenceLogIndex, type EvidenceRow } from '@/db/queries/evidence';

const isUuid = (value: string) => z.uuid().safeParse(value).success;

export type UploadEvidenceInput = {
  kind: string | undefined;
  filename: string | undefined;
  visibility?: string | undefined;
  /** The raw file (`request.body`); null for a request without a body. Streamed, never buffered. */
  body: UploadBody | null;
  /** The `Content-Digest` header (RFC 9530); its sha-256 must match the bytes. */
  contentDigest?: string | null;
  /** The `Content-Length` header; the bytes must add up to it. */
  contentLength?: number | null;
  /** Aborts the upload when the client goes away (`request.signal`). */
  signal?: AbortSignal;
};

/**
 * Adds an evidence file to a submission. The owning vendor uploads any kind but test_report and
 * evaluation_report, in draft or changes_requested; the assigned lab uploads those two while
 * in_evaluation. Not visible → 404, visible but not theirs to add → 403, wrong state → 409 naming
 * it; all decided before a byte of the body is read. The body is streamed to a temp blob while
 * hashed (413 over the limit, 400 short of Content-Length or aborted, 422 on a Content-Digest
 * mismatch); an SBOM is parsed (415/422 when it cannot be). Logs `evidence.added`.
 *
 * The blob is committed before the database transaction: a refusal in the transaction (the state
 * moved while the body streamed) leaves an unreferenced but harmless content-addressed blob, never
 * a row without its bytes. Any failure leaves no row and no temp file.
 *
 * `options.maxBytes` overrides the configured limit (tests only).
 */
export async function uploadEvidence(
  actor: Actor,
  submissionId: string,
  input: UploadEvidenceInput,
  options: { maxBytes?: number } = {},
): Promise<EvidenceDto> {
  const meta = parseInput(uploadEvidenceQuerySchema, {
    kind: input.kind,
    filename: input.filename,
    visibility: input.visibility ?? undefined,
  });
  const filename = sanitizeFilename(meta.filename);
  const expectedSha256 = parseContentDigest(input.contentDigest) ?? undefined;
  const expectedSize = parseContentLength(input.contentLength);
  if (!isUuid(submissionId)) throw notFound('Submission');

  const db = await getDb();
  assertMayUpload(actor, await findVisibleSubmission(db, actor, submissionId), meta.kind);

  const isSbom = meta.kind === 'sbom';
  if (isSbom && expectedSize !== undefined && expectedSize > MAX_SBOM_BYTES) throw createSbomTooLargeError();
  const configured = options.maxBytes ?? config().maxUploadBytes;
  const store = getBlobStore();
  const received = await receiveUpload(input.body, {
    store,
    maxBytes: isSbom ? Math.min(configured, MAX_SBOM_BYTES) : configured,
    expectedSha256,
    expectedSize,
    signal: input.signal,
  });

  let sbom: SbomSummary | null = null;
  try {
    if (isSbom) sbom = await inSbomParseSlot(async () => parseSbomStream(await store.openTempReadStream(received.temp)));
    if (input.signal?.aborted) throw new EvidenceError('upload_aborted', 'The client went away before the upload was recorded; nothing was stored.');
    await store.commit(received.temp);
  } catch (error) {
    await discardQuietly(store, received.temp);
    throw error;
  }

  const mediaType = sbom ? SBOM_MEDIA_TYPES[sbom.format] : received.mediaType;
  const row = await db.transaction(async (tx) => {
    assertMayUpload(actor, await findVisibleSubmission(tx, actor, submissionId, { lock: true }), meta.kind);
    const inserted = await insertEvidence(tx, {
      submissionId,
      kind: meta.kind,
      filename,
      mediaType,
      size: received.size,
      sha256: received.sha256,
      visibility: meta.visibility,
      sbom,
      uploadedBy: actor.userId,
      uploaderOrgId: actor.orgId,
    });
    const entry = await appendEntry(tx, {
      type: 'evidence.added',
      actor,
      subject: { kind: 'submission', id: submissionId },
      data: {
        evidenceId: inserted.id,
        sha256: received.sha256,
        size: received.size,
        filename,
        kind: meta.kind,
        mediaType,
        visibility: meta.visibility,
      },
    });
    await setEvidenceLogIndex(tx, inserted.id, entry.index);
    return { ...inserted, logIndex: entry.index };
  });
  return toEvidenceDto(row);
}

const SBOM_MEDIA_TYPES = { cyclonedx: 'application/vnd.cyclonedx+json', spdx: 'application/spdx+json' } as const;

function assertMayUpload(actor: Actor, row: SubmissionRow | null, kind: EvidenceKind): void {
  if (!row) throw notFound('Submission');
  if (actor.orgKind !== 'vendor' && actor.orgKind !== 'lab') {
    throw forbidden('Only the submitting vendor and the assigned lab add evidence.');
  }
  if (UPLOADER_OF_KIND[kind] !== actor.orgKind) {
    throw forbidden(
      actor.orgKind === 'lab'
        ? 'The lab adds only test_report and evaluation_report evidence.'
        : `${kind} evidence comes from the assigned lab.`,
    );
  }
  const states: readonly SubmissionRow['state'][] = UPLOAD_STATES[actor.orgKind];
  if (!states.includes(row.state)) {
    throw conflict(`Evidence can be added by the ${actor.orgKind} in state ${states.join(' or ')}; the submission is ${row.state}.`, row.state);
  }
}

function parseContentLength(value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) throw badRequest('Content-Length must be a non-negative integer.');
  return value;
}

async function discardQuietly(store: BlobStore, temp: TempBlob): Promise<void> {
  await store.discard(temp).catch((error: unknown) => console.error('Could not discard a temp upload', error));
}

/** Loads evidence the actor may see: its submission visible to them, and for operators only `certified`. */
async function loadVisibleEvidence(actor: Actor, id: string): Promise<EvidenceRow> {
  if (!isUuid(id)) throw notFound('Evidence');
  const db = await getDb();
  const row = await findVisibleEvidence(db, actor, id);
  if (!row) throw notFound('Evidence');
  return row;
}

/**
 * One evidence file's metadata; for an SBOM its summary with the first 500 components (and
 * vulnerabilities). Per visibility: 404 unless the submission is visible, and operators see only
 * `certified` evidence.
 */
export async function getEvidence(actor: Actor, id: string): Promise<EvidenceDto> {
  const row = await loadVisibleEvidence(actor, id);
  const dto = toEvidenceDto(row, { withSbomComponents: true });
  const sbom = row.sbom as SbomSummary | null;
  if (!sbom) return dto;
  const listed: SbomSummary = { ...sbom, components: sbom.components.slice(0, DETAIL_COMPONENT_LIMIT) };
  if (listed.format === 'cyclonedx' && listed.vulnerabilities) {
    listed.vulnerabilities = listed.vulnerabilities.slice(0, DETAIL_COMPONENT_LIMIT);
  }
  return { ...dto, sbom: listed };
}

export type EvidenceContent = {
  stream: Readable;
  size: number;
  sha256: string;
  filename: string;
  mediaType: string;
};

/**
 * The stored bytes of one evidence file, same visibility as `getEvidence`. The caller must consume
 * or destroy `stream`. A row whose blob is missing or damaged is a server fault (thrown, 500).
 */
export async function openEvidenceContent(actor: Actor, id: string): Promise<EvidenceContent> {
  const row = await loadVisibleEvidence(actor, id);
  const store = getBlobStore();
  const stat = await store.stat(row.sha256);
  if (stat?.size !== row.size) {
    throw new Error(`Evidence ${row.id}: blob ${row.sha256} is ${stat ? `${stat.size} bytes, expected ${row.size}` : 'missing'}`);
  }
  const stream = await store.openReadStream(row.sha256);
  if (!stream) throw new Error(`Evidence ${row.id}: blob ${row.sha256} disappeared`);
  return { stream, size: row.size, sha256: row.sha256, filename: row.filename, mediaType: row.mediaType };
}

/** A submission's evidence, oldest first, paginated; operators see only `certified` files. 404 unless visible. */
export async function listEvidence(actor: Actor, submissionId: string, query: unknown = {}): Promise<Page<EvidenceDto>> {
  const params = parseInput(listEvidenceQuerySchema, query);
  const after = decodeCursor(params.cursor, (v): v is { id: string } =>
    typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && isUuid((v as { id: string }).id),
  );
  if (!isUuid(submissionId)) throw notFound('Submission');
  const db = await getDb();
  if (!(await findVisibleSubmission(db, actor, submissionId))) throw notFound('Submission');
  const rows = await listEvidencePage(db, {
    submissionId,
    visibilities: evidenceVisibilitiesFor(actor),
    afterId: after?.id,
    limit: params.limit + 1,
  });
  const page = rows.slice(0, params.limit);
  return {
    items: page.map((row) => toEvidenceDto(row)),
    nextCursor: rows.length > params.limit ? encodeCursor({ id: page[page.length - 1].id }) : null,
  };
}
