import { LRUCache } from 'lru-cache';
import { processWide } from '@/lib/process-wide';
import type { RegistryFilters } from '@/db/queries/registry';

/**
 * Registry totals remembered per filter for a short while, so paging and repeated searches stop
 * recounting. Only the "N matches" beside a page is remembered, never the rows of a page.
 *
 * A total that reached its cap ("10,000+") is kept for a minute: it could only turn wrong if
 * thousands of matches vanished. An exact total is kept for {@link EXACT_TOTAL_TTL_MS}, and every
 * certificate change made through this process forgets them all ({@link forgetRegistryTotals}),
 * so a suspension or a new certificate shows here at once and, on another instance, within that
 * time. Per process.
 */
export const EXACT_TOTAL_TTL_MS = 10_000;
export const CAPPED_TOTAL_TTL_MS = 60_000;
const MAX_FILTERS = 5_000;

export type RegistryTotal = { count: number; isCapped: boolean };
export type RegistryTotals = {
  get(key: string): RegistryTotal | undefined;
  remember(key: string, total: RegistryTotal): void;
  forget(): void;
  /** Lookups answered and not answered since the process started (for the benchmark). */
  stats(): { hits: number; misses: number };
};

/** A totals cache on `clock` (milliseconds; tests pass their own). */
export function createRegistryTotals(clock: { now(): number } = performance): RegistryTotals {
  const cache = new LRUCache<string, RegistryTotal>({ max: MAX_FILTERS, ttl: EXACT_TOTAL_TTL_MS, ttlResolution: 0, perf: clock });
  let hits = 0;
  let misses = 0;
  return {
    get(key) {
      const total = cache.get(key);
      if (total) hits++;
      else misses++;
      return total;
    },
    remember(key, total) {
      cache.set(key, total, { ttl: total.isCapped ? CAPPED_TOTAL_TTL_MS : EXACT_TOTAL_TTL_MS });
    },
    forget() {
      cache.clear();
    },
    stats: () => ({ hits, misses }),
  };
}

/**
 * This process's totals, shared by every copy of this module (lib/process-wide.ts): a change made
 * through a server action must clear the totals an API route answers from.
 */
export const registryTotals: RegistryTotals = processWide('RegistryTotals', () => createRegistryTotals());

/** Forgets every remembered total: a certificate was issued or changed. */
export function forgetRegistryTotals(): void {
  registryTotals.forget();
}

/** A key that differs for any two filters that can match different rows (and for different caps). */
export function registryFilterKey(filters: RegistryFilters, cap: number): string {
  return JSON.stringify([
    cap,
    filters.search ?? null,
    filters.status ?? null,
    filters.networkFunction ?? null,
    filters.segment ?? null,
    filters.vendorOrgId ?? null,
    filters.labOrgId ?? null,
  ]);
}
