import type { DatabaseHandle } from '@/db/client';
import { processWide } from '@/lib/process-wide';

/**
 * Where start-up stands: `starting` until the first attempt ends, `waiting-for-database` while
 * PostgreSQL cannot be reached (start-up retries in the background), `ready` once the database is
 * open, migrated and every start-up step ran, `failed` when a step failed for another reason
 * (configuration, a broken migration; see the server log).
 */
export type StartupPhase = 'starting' | 'waiting-for-database' | 'ready' | 'failed';

export type RuntimeState = {
  /** The opened database, set when start-up finished (or by useDatabase in tests and the CLI). */
  handle?: DatabaseHandle;
  phase: StartupPhase;
  attempts: number;
  /** The portal's start-up, begun once per process. */
  startup?: Promise<void>;
};

/**
 * The process's runtime state, shared by every bundle of the process (route handlers, pages,
 * server actions, the proxy, instrumentation): kept on globalThis, not in module scope. This
 * module imports no server-only code, so the proxy may read it.
 */
export const runtimeState = (): RuntimeState => processWide<RuntimeState>('Runtime', () => ({ phase: 'starting', attempts: 0 }));
