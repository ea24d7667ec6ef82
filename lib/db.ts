import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseHandle, Db } from '@/db/client';
import { processWide } from '@/lib/process-wide';
import { databaseUnavailable } from '@/lib/runtime/database-errors';
import { runtimeState } from '@/lib/runtime/runtime-state';

// Start-up steps (catalogue sync, demo seed) run through the services before the portal is ready;
// only code inside that start-up sees the database early.
const startupScope = processWide('DbStartupScope', () => new AsyncLocalStorage<DatabaseHandle>());

/**
 * The process's database, opened by start-up (instrumentation.ts for the web process, the CLI's
 * withDatabase, tests' useDatabase). It never opens anything itself: until start-up finished it
 * throws a 503 problem (Retry-After), which route handlers answer as such.
 */
export async function getDb(): Promise<Db> {
  const handle = runtimeState().handle ?? startupScope.getStore();
  if (!handle) throw databaseUnavailable();
  return handle.db;
}

/** Points every service at this database (start-up when it finished, tests, CLI). */
export function useDatabase(handle: DatabaseHandle): void {
  runtimeState().handle = handle;
}

/** Runs start-up work that reads and writes through getDb() before the portal is ready. */
export function withStartupDatabase<T>(handle: DatabaseHandle, work: () => Promise<T>): Promise<T> {
  return startupScope.run(handle, work);
}

