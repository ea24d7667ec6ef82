import 'server-only';
import path from 'node:path';
import { openDatabase, migrateDatabase, type DatabaseHandle } from '@/db/client';
import { countOrganizations } from '@/db/queries/organizations';
import { config } from '@/lib/config';
import { useDatabase, withStartupDatabase } from '@/lib/db';
import { logSigner } from '@/lib/log/store/log-signer';
import { isDatabaseUnavailable } from './database-errors';
import { runtimeState } from './runtime-state';
import { syncCatalogue } from '@/lib/catalogue/sync-catalogue';
import { startEvidenceIntegrityScheduler } from '@/lib/evidence/integrity-scheduler';
import { startAdvisoryFeedScheduler } from '@/lib/advisories/feed-scheduler';
import { startSbomMatchQueueJob } from '@/lib/matching/sbom-match-queue';
import { startExpiryScheduler } from '@/lib/certificates/expiry-job';
import { seedDemo, demoSignInLines } from '@/lib/demo/seed-demo';

function openConfigured(): Promise<DatabaseHandle> {
  const c = config();
  return c.isEmbedded
    ? openDatabase({ pgliteDir: path.join(c.dataDir, 'pglite') })
    : openDatabase({ url: c.databaseUrl!, poolMax: c.databasePoolMax });
}

/** The CLI's start-up: opens the configured database (locking an embedded one), migrates it, loads the SCAS catalogue. */
export async function openConfiguredDatabase(): Promise<DatabaseHandle> {
  const handle = await openConfigured();
  try {
    await migrateDatabase(handle);
    await syncCatalogue(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  useDatabase(handle);
  return handle;
}

/** Wait before start-up attempt `n + 1` while the database cannot be reached: 0.25, 0.5, 1, then 2 s. */
export const startupRetryDelayMs = (attempt: number) => Math.min(250 * 2 ** (attempt - 1), 2_000);

const describe = (error: unknown) => {
  const e = (error as { cause?: unknown })?.cause ?? error;
  return [(e as { code?: unknown })?.code, (e as Error)?.message].filter(Boolean).join(' ');
};

/**
 * Start-up of the web process, called once by instrumentation.ts: the log key is checked (made on
 * first start of the embedded default), the database opened and migrated, the SCAS catalogue
 * loaded, demo organisations created on an empty embedded database only, then the database is
 * handed to getDb() and the certificate expiry scheduler starts.
 *
 * Resolves when the first attempt ended. While PostgreSQL cannot be reached the portal answers
 * 503 and start-up tries again in the background (every {@link startupRetryDelayMs}) until it
 * succeeds, so the portal becomes healthy on its own. Any other failure is logged and ends
 * start-up (`failed`): health answers 503 until the portal is restarted with the cause fixed.
 */
export function startPortal(): Promise<void> {
  const state = runtimeState();
  state.startup ??= new Promise<void>((firstAttemptEnded) => {
    void runStartup(firstAttemptEnded);
  });
  return state.startup;
}

async function runStartup(firstAttemptEnded: () => void): Promise<void> {
  const state = runtimeState();
  let handle: DatabaseHandle | undefined;
  for (let attempt = 1; ; attempt++) {
    state.attempts = attempt;
    try {
      const c = config();
      logSigner();
      handle ??= await openConfigured();
      const opened = handle;
      await withStartupDatabase(opened, async () => {
        await migrateDatabase(opened);
        await syncCatalogue(opened.db);
        if (c.isEmbedded && (await countOrganizations(opened.db)) === 0) {
          await seedDemo();
          console.log(['', 'Trustledger demo data created. Sign in with:', ...demoSignInLines(), ''].join('\n'));
        }
      });
      useDatabase(opened);
      state.phase = 'ready';
      if (attempt > 1) console.log(`Trustledger: the database is reachable; start-up finished (attempt ${attempt}).`);
      // Logs certificate expiries as they happen (once now, then every 10 minutes; safe with several instances).
      startExpiryScheduler();
      startEvidenceIntegrityScheduler(); // evidence verify (daily) and sweep (hourly), lib/evidence/integrity-config.ts
      startAdvisoryFeedScheduler(); // CSAF provider pull (hourly), ADVISORY_PULL_INTERVAL_MINUTES
      startSbomMatchQueueJob(); // SBOMs whose matching after commit never ran (every minute)
      firstAttemptEnded();
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) {
        state.phase = 'failed';
        console.error('Trustledger could not start; fix the cause and restart the portal.', error);
        firstAttemptEnded();
        return;
      }
      state.phase = 'waiting-for-database';
      if (attempt === 1 || attempt % 30 === 0) {
        console.warn(`Trustledger: the database is not reachable (${describe(error)}); answering 503 and retrying every ${startupRetryDelayMs(attempt) / 1000}-2 s.`);
      }
      firstAttemptEnded();
      await new Promise((resolve) => setTimeout(resolve, startupRetryDelayMs(attempt)));
    }
  }
}
