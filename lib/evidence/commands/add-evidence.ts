import 'server-only';
import { z } from 'zod';
import { insertEvidence, setEvidenceLogIndex } from '@/db/queries/evidence';
import { findVisibleSubmission, type SubmissionRow } from '@/db/queries/submissions';
import type { Actor } from '@/lib/authz/actor';
import { config } from '@/lib/config';
import { getDb } from '@/lib/db';
import { badRequest, conflict, forbidden, notFound } from '@/lib/errors';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { sbomStoredMatching } from '@/lib/matching/match-new-sbom';
import { EVIDENCE_KINDS, EVIDENCE_VISIBILITIES, uploadEvidenceQuerySchema, type EvidenceKind } from '@/lib/validation/evidence';
import { parseInput } from '@/lib/validation/parse';
import { isUuid } from '@/lib/validation/uuid';
import type { BlobStore, TempBlob } from '../blob-store';
import { getBlobStore } from '../blob-store-instance';
import { parseContentDigest } from '../content-digest';
import { EvidenceError } from '../errors';
import { toEvidenceDto, type EvidenceDto } from '../evidence-dto';
import { evidenceUploadDenial, evidenceUploadRefusal } from '../evidence-rules';
import { sanitizeFilename } from '../filename';
import { withoutRefusedCharacters } from '@/lib/http/storable-text';
import { receiveUpload, type UploadBody } from '../receive-upload';
import { createSbomTooLargeError } from '../sbom/parse-sbom';
import { indexSbomComponents } from '@/lib/components/index-sbom-components';
import { analyzeSbomStream } from '../sbom/read-sbom';
import type { SbomAnalysis } from '../sbom/sbom-analysis';
import { inSbomParseSlot } from '../sbom/sbom-parse-slots';
import { MAX_SBOM_BYTES } from '../sbom/sbom-summary';

/** A file already received, hashed and stored as a blob: what the row and its log entry record. */
const storedFileSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  filename: z.string().min(1),
  visibility: z.enum(EVIDENCE_VISIBILITIES),
  mediaType: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The SBOM read in full: its summary and conformance report are stored on the row, its components indexed. */
  sbom: z.custom<SbomAnalysis | null>(),
});
type StoredFile = z.infer<typeof storedFileSchema>;

/**
 * Records an evidence file whose bytes are already stored (see {@link uploadEvidence}): re-checks,
 * under the submission's lock, what was checked before the body was read — visible (404), theirs
 * to add (403), the state still allows it (409: it may have moved while the body streamed) — then
 * inserts the row (an SBOM with its conformance report, and its components into the component
 * index). Logs `evidence.added` and stores that entry's index on the row.
 */
export const addEvidenceCommand = defineCommand({
  name: 'evidence.add',
  subject: 'Submission',
  input: storedFileSchema,
  load: async (tx, key: { submissionId: string }, actor) =>
    isUuid(key.submissionId) ? findVisibleSubmission(tx, actor, key.submissionId, { lock: true }) : null,
  authorize: ({ actor, input }) => evidenceUploadDenial(actor, input.kind),
  checkState: ({ actor, target }) => evidenceUploadRefusal(actor, target),
  async apply({ tx, actor, input, target }) {
    const inserted = await insertEvidence(tx, {
      submissionId: target.id,
      kind: input.kind,
      filename: input.filename,
      mediaType: input.mediaType,
      size: input.size,
      sha256: input.sha256,
      visibility: input.visibility,
      sbom: input.sbom?.summary ?? null,
      conformance: input.sbom?.conformance ?? null,
      uploadedBy: actor.userId,
      uploaderOrgId: actor.orgId,
    });
    if (input.sbom) {
      const indexed = { evidenceId: inserted.id, submissionId: target.id, productVersionId: target.productVersionId };
      await indexSbomComponents(tx, indexed, input.sbom.components);
    }
    return {
      result: inserted,
      entries: [
        {
          type: 'evidence.added',
          subject: { kind: 'submission', id: target.id },
          data: {
            evidenceId: inserted.id,
            sha256: input.sha256,
            size: input.size,
            filename: input.filename,
            kind: input.kind,
            mediaType: input.mediaType,
            visibility: input.visibility,
          },
        },
      ],
      afterLog: (tx, appended) => setEvidenceLogIndex(tx, inserted.id, appended[0].index),
      effects: input.sbom ? [sbomStoredMatching({ evidenceId: inserted.id, submissionId: target.id })] : [],
    };
  },
  readBack: async (_actor, row, appended) => toEvidenceDto({ ...row, logIndex: appended[0].index }),
});

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
 * mismatch); an SBOM is parsed (415/422 when it cannot be). Then {@link addEvidenceCommand} records
 * it. Logs `evidence.added`.
 *
 * The blob is committed before the command runs: a refusal there (the state moved while the body
 * streamed) leaves an unreferenced but harmless content-addressed blob, never a row without its
 * bytes. Any failure leaves no row and no temp file.
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
    // A file name is cleaned (control and bidi characters removed), not refused.
    filename: input.filename === undefined ? undefined : withoutRefusedCharacters(input.filename),
    visibility: input.visibility ?? undefined,
  });
  const filename = sanitizeFilename(meta.filename);
  const expectedSha256 = parseContentDigest(input.contentDigest) ?? undefined;
  const expectedSize = parseContentLength(input.contentLength);
  if (!isUuid(submissionId)) throw notFound('Submission');
  refuseBeforeReading(actor, await findVisibleSubmission(await getDb(), actor, submissionId), meta.kind);

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

  let sbom: SbomAnalysis | null = null;
  try {
    if (isSbom) sbom = await inSbomParseSlot(async () => analyzeSbomStream(await store.openTempReadStream(received.temp)));
    if (input.signal?.aborted) throw new EvidenceError('upload_aborted', 'The client went away before the upload was recorded; nothing was stored.');
    await store.commit(received.temp);
  } catch (error) {
    await discardQuietly(store, received.temp);
    throw error;
  }

  const file: StoredFile = {
    kind: meta.kind,
    filename,
    visibility: meta.visibility,
    mediaType: sbom ? SBOM_MEDIA_TYPES[sbom.summary.format] : received.mediaType,
    size: received.size,
    sha256: received.sha256,
    sbom,
  };
  return runCommand(addEvidenceCommand, actor, { submissionId }, file);
}

const SBOM_MEDIA_TYPES = { cyclonedx: 'application/vnd.cyclonedx+json', spdx: 'application/spdx+json' } as const;

/** The command's own refusals (404, 403, 409), decided from the unlocked row before the body is read. */
function refuseBeforeReading(actor: Actor, row: SubmissionRow | null, kind: EvidenceKind): void {
  if (!row) throw notFound('Submission');
  const denial = evidenceUploadDenial(actor, kind);
  if (denial) throw forbidden(denial);
  const refusal = evidenceUploadRefusal(actor, row);
  if (refusal) throw conflict(refusal.message, refusal.currentState);
}

function parseContentLength(value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) throw badRequest('Content-Length must be a non-negative integer.');
  return value;
}

async function discardQuietly(store: BlobStore, temp: TempBlob): Promise<void> {
  await store.discard(temp).catch((error: unknown) => console.error('Could not discard a temp upload', error));
}
