import 'server-only';
import { getDb } from '@/lib/db';
import { startRepeatingJob } from '@/lib/runtime/repeating-job';
import { getBlobStore } from './blob-store-instance';
import { readEvidenceIntegrityConfig } from './integrity-config';
import { sweepEvidenceStorage } from './sweep-evidence-storage';
import { verifyStoredEvidence } from './verify-stored-evidence';

/** The first runs wait a little, so start-up (and a quick restart loop) is not slowed by a full read of the store. */
const FIRST_SWEEP_DELAY_MS = 60_000;
const FIRST_VERIFY_DELAY_MS = 10 * 60_000;

/**
 * Runs `evidence verify` and `evidence sweep` in the web process at the configured intervals
 * (EVIDENCE_VERIFY_INTERVAL_MINUTES, default daily; EVIDENCE_SWEEP_INTERVAL_MINUTES, default
 * hourly; 0 turns one off), without keeping the process alive. Problems are recorded as integrity
 * events and printed; removals are printed. Starting it twice in one process keeps the first.
 * Returns a function that stops both.
 */
export function startEvidenceIntegrityScheduler(): () => void {
  const c = readEvidenceIntegrityConfig();
  const stopVerify = startRepeatingJob('EvidenceVerify', 'Evidence verify', { intervalMs: c.verifyIntervalMs, firstDelayMs: FIRST_VERIFY_DELAY_MS }, async () => {
    const report = await verifyStoredEvidence(await getDb(), getBlobStore(), c);
    if (!report.ok) {
      console.error(
        `Evidence verify: ${report.damaged.length} damaged, ${report.missing.length} missing, ${report.orphans.length} orphaned blobs ` +
          `(of ${report.rows} evidence rows, ${report.blobs} blobs); run "npm run cli -- evidence verify" for the list.`,
      );
    }
  });
  const stopSweep = startRepeatingJob('EvidenceSweep', 'Evidence sweep', { intervalMs: c.sweepIntervalMs, firstDelayMs: FIRST_SWEEP_DELAY_MS }, async () => {
    await sweepEvidenceStorage(await getDb(), getBlobStore(), c);
  });
  return () => {
    stopVerify();
    stopSweep();
  };
}
