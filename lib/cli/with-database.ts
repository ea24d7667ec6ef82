import path from 'node:path';
import { config } from '@/lib/config';
import { readDataDirLock } from '@/db/embedded-lock';
import { openConfiguredDatabase } from '@/lib/runtime/start-portal';

/**
 * The CLI's composition root: opens, migrates and syncs the configured database (no retries: an
 * unreachable database ends the command with exit code 69), hands it to getDb() for the command,
 * and closes it afterwards. The embedded database belongs to the portal
 * while it runs (PGlite has no locking), so the CLI refuses instead of risking lost writes.
 */
export async function withDatabase(run: () => Promise<number>): Promise<number> {
  const c = config();
  if (c.isEmbedded) {
    const holder = readDataDirLock(c.dataDir);
    if (holder !== null) {
      throw Object.assign(
        new Error(
          `The portal is running on ${path.relative(process.cwd(), c.dataDir) || c.dataDir} (pid ${holder}). ` +
            'Stop it before using the CLI on the embedded database, or do this through the running portal (web pages or API).',
        ),
        { status: 409 },
      );
    }
  }
  const handle = await openConfiguredDatabase();
  try {
    return await run();
  } finally {
    await handle.close();
  }
}
