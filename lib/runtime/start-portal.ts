import 'server-only';
import path from 'node:path';
import { openDatabase, migrateDatabase, type DatabaseHandle } from '@/db/client';
import { countOrganizations } from '@/db/queries/organizations';
import { config } from '@/lib/config';
import { useDatabase } from '@/lib/db';
import { syncCatalogue } from '@/lib/catalogue/sync-catalogue';
import { logSigner } from '@/lib/log/store/log-signer';
import { startExpiryScheduler } from '@/lib/certificates/expiry-job';
import { seedDemo, demoSignInLines } from '@/lib/demo/seed-demo';

/** Opens the configured database (locking an embedded one), migrates it and loads the SCAS catalogue. */
export async function openConfiguredDatabase(): Promise<DatabaseHandle> {
  const c = config();
  const handle = c.isEmbedded
    ? await openDatabase({ pgliteDir: path.join(c.dataDir, 'pglite') })
    : await openDatabase({ url: c.databaseUrl!, poolMax: c.databasePoolMax });
  await migrateDatabase(handle);
  useDatabase(handle);
  await syncCatalogue(handle.db);
  return handle;
}

/**
 * Start-up of the web process: the database as above, the log key checked (made on first start
 * of the embedded default), on an empty embedded database only the demo organisations, and the
 * certificate expiry scheduler.
 */
export async function startPortal(): Promise<DatabaseHandle> {
  const c = config();
  const handle = await openConfiguredDatabase();
  logSigner();
  if (c.isEmbedded && (await countOrganizations(handle.db)) === 0) {
    await seedDemo();
    console.log(['', 'Trustledger demo data created. Sign in with:', ...demoSignInLines(), ''].join('\n'));
  }
  // Logs certificate expiries as they happen (once now, then every 10 minutes; safe with several instances).
  startExpiryScheduler();
  return handle;
}
