import 'server-only';
import type { Db } from '@/db/client';
import { listQueuedSbomMatching } from '@/db/queries/components';
import { getDb } from '@/lib/db';
import { startRepeatingJob } from '@/lib/runtime/repeating-job';
import { matchNewSbom } from './match-new-sbom';

/** How long an SBOM waits on the queue before the retry job takes it (its post-commit effect usually has). */
export const SBOM_MATCH_GRACE_MS = 60_000;
const RETRY_INTERVAL_MS = 60_000;
const FIRST_RETRY_DELAY_MS = 30_000;
const BATCH = 50;

export type QueuedMatchReport = { matched: { evidenceId: string; created: number; changed: number }[]; failed: { evidenceId: string; reason: string }[] };

/**
 * Matches every SBOM still on the matching queue that was queued at least `graceMs` ago (0: all):
 * those whose post-commit matching never ran or failed (the process died, the database went away).
 * Each in its own transaction; one that fails stays queued and is reported.
 */
export async function matchQueuedSboms(db: Db, options: { graceMs?: number; now?: Date } = {}): Promise<QueuedMatchReport> {
  const report: QueuedMatchReport = { matched: [], failed: [] };
  const queuedBefore = new Date((options.now ?? new Date()).getTime() - (options.graceMs ?? SBOM_MATCH_GRACE_MS));
  const tried = new Set<string>();
  for (;;) {
    const due = (await listQueuedSbomMatching(db, queuedBefore, BATCH + tried.size)).filter((row) => !tried.has(row.evidenceId));
    if (due.length === 0) return report;
    for (const row of due.slice(0, BATCH)) {
      tried.add(row.evidenceId);
      try {
        report.matched.push({ evidenceId: row.evidenceId, ...(await matchNewSbom(db, row)) });
      } catch (error) {
        report.failed.push({ evidenceId: row.evidenceId, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }
}

/** The web process's retry job: every minute, the queued SBOMs older than the grace period. Returns a stop function. */
export function startSbomMatchQueueJob(): () => void {
  return startRepeatingJob('SbomMatchQueue', 'Matching queued SBOMs', { intervalMs: RETRY_INTERVAL_MS, firstDelayMs: FIRST_RETRY_DELAY_MS }, async () => {
    const report = await matchQueuedSboms(await getDb());
    if (report.matched.length > 0 || report.failed.length > 0) {
      console.log(`Matched ${report.matched.length} queued SBOMs against the stored advisories; ${report.failed.length} failed and stay queued.`);
    }
  });
}
