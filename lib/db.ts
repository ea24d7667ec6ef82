import 'server-only';
import type { DatabaseHandle, Db } from '@/db/client';
import { processWide } from '@/lib/process-wide';

type Holder = { handle?: DatabaseHandle; opening?: Promise<DatabaseHandle> };
const holder = processWide<Holder>('Db', () => ({}));

/** The process's database; opened, migrated and (embedded, empty) seeded on first use. */
export async function getDb(): Promise<Db> {
  if (holder.handle) return holder.handle.db;
  holder.opening ??= import('./runtime/start-portal').then((m) => m.startPortal());
  holder.handle = await holder.opening;
  return holder.handle.db;
}

/** Points every service at this database (tests, CLI). */
export function useDatabase(handle: DatabaseHandle): void {
  holder.handle = handle;
  holder.opening = Promise.resolve(handle);
}

export function currentDatabaseKind(): DatabaseHandle['kind'] | undefined {
  return holder.handle?.kind;
}
