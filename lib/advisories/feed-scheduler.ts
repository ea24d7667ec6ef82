import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/db';
import { startRepeatingJob } from '@/lib/runtime/repeating-job';
import { pullAllFeeds } from './pull-feeds';

const FIRST_PULL_DELAY_MS = 2 * 60_000;

/** ADVISORY_PULL_INTERVAL_MINUTES (default 60; 0 turns the scheduled pull off). */
export function advisoryPullIntervalMs(env: Record<string, string | undefined> = process.env): number {
  const parsed = z.coerce.number().min(0).default(60).safeParse(env.ADVISORY_PULL_INTERVAL_MINUTES);
  if (!parsed.success) throw new Error('Invalid configuration: ADVISORY_PULL_INTERVAL_MINUTES must be a number of minutes (0 turns it off).');
  return parsed.data * 60_000;
}

/**
 * Pulls the configured CSAF providers in the web process at the configured interval, without
 * keeping the process alive; a failing pull is printed and tried again next time. Returns a stop function.
 */
export function startAdvisoryFeedScheduler(): () => void {
  return startRepeatingJob('AdvisoryFeedPull', 'Advisory feed pull', { intervalMs: advisoryPullIntervalMs(), firstDelayMs: FIRST_PULL_DELAY_MS }, async () => {
    for (const report of await pullAllFeeds(await getDb())) {
      if (report.imported > 0 || report.failed.length > 0) {
        console.log(`Advisory feed ${report.url}: ${report.imported} imported, ${report.unchanged} unchanged, ${report.failed.length} failed.`);
      }
    }
  });
}
