import 'server-only';
import type { Readable } from 'node:stream';
import { ServiceError } from '@/lib/errors';
import { getBlobStore } from './blob-store-instance';
import { recordIntegrityEventsQuietly, type NewIntegrityEvent } from './integrity-events';
import { isBlobIntegrityError } from './verifying-stream';

type StoredEvidence = { id: string; sha256: string; size: number; filename: string; mediaType: string };

export type StoredEvidenceContent = Omit<StoredEvidence, 'id'> & {
  /** Verifying: errors before its last chunk when the bytes do not hash to `sha256` (BlobStore contract). */
  stream: Readable;
};

/**
 * Opens an evidence row's blob for download, without visibility checks (the caller made them).
 * A blob that is missing or of the wrong size is recorded as an integrity event and answers a 500
 * problem (`evidence_missing` / `evidence_damaged`) before anything is sent; one whose bytes turn
 * out not to match while streaming is recorded when the stream errors, which cuts the response
 * short of its last chunk.
 */
export async function openStoredEvidence(row: StoredEvidence): Promise<StoredEvidenceContent> {
  const store = getBlobStore();
  const found = await store.stat(row.sha256);
  const stream = found?.size === row.size ? await store.openReadStream(row.sha256) : null;
  if (!stream) {
    const kind = found ? 'damaged' : 'missing';
    await recordIntegrityEventsQuietly([
      event(row, kind, found?.size ?? null, null, found ? `The stored file is ${found.size} bytes, the evidence ${row.size}.` : 'The stored file is gone.'),
    ]);
    throw new ServiceError(
      500,
      kind === 'damaged' ? 'Evidence damaged' : 'Evidence missing',
      `The stored copy of this file ${kind === 'damaged' ? 'no longer matches its SHA-256' : 'is missing'}; regulators see it as ${kind}. ` +
        'Uploading the original file again restores it.',
      { code: `evidence_${kind}` },
    );
  }
  stream.once('error', (error) => {
    if (!isBlobIntegrityError(error)) return;
    void recordIntegrityEventsQuietly([
      event(row, 'damaged', error.size, error.actualSha256, `The stored bytes hash to ${error.actualSha256}; the download was cut short.`),
    ]);
  });
  return { stream, size: row.size, sha256: row.sha256, filename: row.filename, mediaType: row.mediaType };
}

function event(
  row: StoredEvidence,
  kind: 'damaged' | 'missing',
  actualSize: number | null,
  actualSha256: string | null,
  detail: string,
): NewIntegrityEvent {
  return { sha256: row.sha256, evidenceId: row.id, kind, source: 'download', expectedSize: row.size, actualSize, actualSha256, detail };
}
