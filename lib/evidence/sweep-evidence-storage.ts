import 'server-only';
import type { Executor } from '@/db/client';
import { findReferencedSha256s } from '@/db/queries/evidence';
import type { BlobListing, BlobStore, TempListing } from './blob-store';
import { unreferencedBlobs } from './verify-stored-evidence';

export type EvidenceSweepReport = {
  removedTemps: TempListing[];
  removedOrphans: BlobListing[];
  /** Temp files and unreferenced blobs left alone because they are younger than their limit. */
  keptTemps: number;
  keptOrphans: number;
};

/**
 * Deletes temp upload files untouched for `tempMaxAgeMs` (a server killed mid-upload, a client
 * that stalled) and blobs no evidence row references that were committed more than
 * `orphanMaxAgeMs` ago (an upload refused after its bytes were stored), printing each removal.
 * Younger ones are kept: they may belong to an upload in progress. Safe while uploads run: the
 * store re-checks age and references once a blob can no longer be deduplicated against.
 */
export async function sweepEvidenceStorage(
  db: Executor,
  store: BlobStore,
  options: { tempMaxAgeMs: number; orphanMaxAgeMs: number; now?: Date; log?: (line: string) => void },
): Promise<EvidenceSweepReport> {
  const now = (options.now ?? new Date()).getTime();
  const log = options.log ?? console.log;
  const report: EvidenceSweepReport = { removedTemps: [], removedOrphans: [], keptTemps: 0, keptOrphans: 0 };

  const tempCutoff = now - options.tempMaxAgeMs;
  for await (const temp of store.listTemps()) {
    if (temp.modifiedAt.getTime() >= tempCutoff) {
      report.keptTemps++;
      continue;
    }
    await store.deleteTemp(temp.id);
    report.removedTemps.push(temp);
    log(`Removed temp file ${temp.id} (${temp.size} bytes, last written ${temp.modifiedAt.toISOString()}).`);
  }

  const modifiedBefore = new Date(now - options.orphanMaxAgeMs);
  const isReferenced = (sha256: string) => async () => (await findReferencedSha256s(db, [sha256])).size > 0;
  for await (const batch of unreferencedBlobs(db, store)) {
    for (const blob of batch) {
      if (blob.modifiedAt >= modifiedBefore || !(await store.deleteIfUnreferenced(blob.sha256, { modifiedBefore, isReferenced: isReferenced(blob.sha256) }))) {
        report.keptOrphans++;
        continue;
      }
      report.removedOrphans.push(blob);
      log(`Removed orphaned blob ${blob.sha256} (${blob.size} bytes, stored ${blob.modifiedAt.toISOString()}).`);
    }
  }
  return report;
}
