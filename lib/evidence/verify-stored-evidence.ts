import 'server-only';
import type { Executor } from '@/db/client';
import { findReferencedSha256s, listEvidenceBlobRefs } from '@/db/queries/evidence';
import type { BlobCheck, BlobListing, BlobStore } from './blob-store';
import { findOpenProblems, recordIntegrityEvents, type NewIntegrityEvent } from './integrity-events';

const PAGE = 1000;

export type DamagedEvidence = { evidenceId: string; sha256: string; expectedSize: number; actualSize: number; actualSha256: string | null };
export type MissingEvidence = { evidenceId: string; sha256: string };

export type EvidenceVerifyReport = {
  rows: number;
  blobs: number;
  damaged: DamagedEvidence[];
  missing: MissingEvidence[];
  /** Blobs no evidence row references, committed before `orphanMaxAgeMs` ago: `evidence sweep` removes them. */
  orphans: BlobListing[];
  /** Unreferenced blobs younger than that: usually an upload between its commit and its row. */
  youngOrphans: BlobListing[];
  /** Blobs found damaged or missing earlier that are intact again (a `restored` event was recorded). */
  restored: string[];
  /** False when anything is damaged, missing or an old orphan. */
  ok: boolean;
};

/**
 * Checks every evidence row against its blob (exists, size, SHA-256 of the full bytes, each blob
 * read once however many rows share it) and lists the blobs no row references. Records a
 * `damaged` / `missing` integrity event per bad row and a `restored` one for a blob whose open
 * problem is gone. No visibility checks: an operator's job (CLI, scheduler).
 */
export async function verifyStoredEvidence(
  db: Executor,
  store: BlobStore,
  options: { orphanMaxAgeMs: number; now?: Date },
): Promise<EvidenceVerifyReport> {
  const report: EvidenceVerifyReport = { rows: 0, blobs: 0, damaged: [], missing: [], orphans: [], youngOrphans: [], restored: [], ok: true };
  const checked = new Map<string, BlobCheck>();
  for (let afterId: string | undefined; ; ) {
    const rows = await listEvidenceBlobRefs(db, { afterId, limit: PAGE });
    if (rows.length === 0) break;
    afterId = rows[rows.length - 1].id;
    report.rows += rows.length;
    const intactNow: string[] = [];
    for (const sha256 of new Set(rows.map((r) => r.sha256))) {
      if (checked.has(sha256)) continue;
      const check = await store.verify(sha256);
      checked.set(sha256, check);
      if (check.state === 'intact') intactNow.push(sha256);
    }
    const events: NewIntegrityEvent[] = [];
    for (const row of rows) {
      const check = checked.get(row.sha256)!;
      const base = { sha256: row.sha256, evidenceId: row.id, source: 'verify' as const, expectedSize: row.size };
      if (check.state === 'missing') {
        report.missing.push({ evidenceId: row.id, sha256: row.sha256 });
        events.push({ ...base, kind: 'missing', detail: 'The stored file is gone.' });
      } else if (check.state === 'damaged' || check.size !== row.size) {
        const actualSha256 = check.state === 'damaged' ? check.actualSha256 : null;
        report.damaged.push({ evidenceId: row.id, sha256: row.sha256, expectedSize: row.size, actualSize: check.size, actualSha256 });
        events.push({
          ...base,
          kind: 'damaged',
          actualSize: check.size,
          actualSha256,
          detail: actualSha256 ? `The stored bytes hash to ${actualSha256}.` : `The stored file is ${check.size} bytes, the evidence ${row.size}.`,
        });
      }
    }
    for (const sha256 of await findOpenProblems(db, intactNow)) {
      report.restored.push(sha256);
      events.push({ sha256, source: 'verify', kind: 'restored', detail: 'The stored file is intact again.' });
    }
    await recordIntegrityEvents(events, db);
  }
  report.blobs = checked.size;

  const cutoff = (options.now ?? new Date()).getTime() - options.orphanMaxAgeMs;
  for await (const batch of unreferencedBlobs(db, store, (sha256) => checked.has(sha256))) {
    for (const blob of batch) (blob.modifiedAt.getTime() < cutoff ? report.orphans : report.youngOrphans).push(blob);
  }
  report.ok = report.damaged.length === 0 && report.missing.length === 0 && report.orphans.length === 0;
  return report;
}

/**
 * The store's blobs that no evidence row references, in batches; `isKnownReferenced` skips the
 * database for blobs already known to be referenced.
 */
export async function* unreferencedBlobs(
  db: Executor,
  store: BlobStore,
  isKnownReferenced: (sha256: string) => boolean = () => false,
): AsyncGenerator<BlobListing[]> {
  let batch: BlobListing[] = [];
  const flush = async () => {
    const referenced = await findReferencedSha256s(db, batch.map((b) => b.sha256));
    const unreferenced = batch.filter((b) => !referenced.has(b.sha256));
    batch = [];
    return unreferenced;
  };
  for await (const blob of store.listBlobs()) {
    if (isKnownReferenced(blob.sha256)) continue;
    batch.push(blob);
    if (batch.length >= 500) yield await flush();
  }
  if (batch.length) yield await flush();
}
