/**
 * One value per process, kept on globalThis under `key`: a bundler may give route handlers and
 * server actions their own copy of a module, and a dev server re-evaluates modules, but state such
 * as the database handle, remembered totals or a concurrency limit must be shared by all of them.
 */
export function processWide<T>(key: string, create: () => T): T {
  const holder = globalThis as Record<string, unknown>;
  const slot = `__trustledger${key}`;
  if (!(slot in holder)) holder[slot] = create();
  return holder[slot] as T;
}
