import type { Db } from '@/db/client';

/**
 * Work that follows a committed change: notifications, cache invalidation (and later the event
 * outbox). `kind` and `payload` are plain data, so an effect can be logged, and later queued.
 */
export type Effect = { kind: string; payload: unknown; run: (db: Db) => Promise<void> };

/** Declares an effect kind: `notifyVendor({ … })` then makes one effect of it. */
export function defineEffect<P>(kind: string, handler: (db: Db, payload: P) => Promise<void>): (payload: P) => Effect {
  return (payload) => ({ kind, payload, run: (db) => handler(db, payload) });
}

/** Runs each effect after commit; a failing one is reported and never fails the change it follows. */
export async function runEffects(db: Db, effects: readonly Effect[], commandName: string): Promise<void> {
  for (const effect of effects) {
    try {
      await effect.run(db);
    } catch (error) {
      console.error(`Effect ${effect.kind} after ${commandName} failed; the change itself is committed.`, error);
    }
  }
}
