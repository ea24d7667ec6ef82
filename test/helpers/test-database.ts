import crypto from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, migrateDatabase, type DatabaseHandle } from '@/db/client';
import { useDatabase } from '@/lib/db';
import { syncCatalogue } from '@/lib/catalogue/sync-catalogue';

export type TestDatabase = DatabaseHandle & { name: string; drop: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: a uniquely named database on the PostgreSQL
 * server of TEST_DATABASE_URL (dropped afterwards), or an in-memory PGlite when it is unset.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let handle: DatabaseHandle;
  let name = 'pglite-memory';
  let drop = async () => {};
  if (serverUrl) {
    name = `tl_test_${Date.now()}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handle = await openDatabase({ url: url.toString(), poolMax: 20 });
    drop = async () => {
      const a = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists "${name}" with (force)`);
      await a.end();
    };
  } else {
    handle = await openDatabase({ memory: true });
  }
  await migrateDatabase(handle);
  await syncCatalogue(handle.db);
  useDatabase(handle);
  return {
    ...handle,
    name,
    drop: async () => {
      await handle.close();
      await drop();
    },
  };
}
