import { describe, expect, it } from 'vitest';
import { CAPPED_TOTAL_TTL_MS, EXACT_TOTAL_TTL_MS, createRegistryTotals, registryFilterKey } from '@/lib/registry/registry-totals';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('registry totals', () => {
  it('keeps an exact total for ten seconds and a capped one for a minute', () => {
    const time = clock();
    const totals = createRegistryTotals(time);
    totals.remember('exact', { count: 42, isCapped: false });
    totals.remember('capped', { count: 10_000, isCapped: true });
    time.advance(EXACT_TOTAL_TTL_MS - 1);
    expect(totals.get('exact')).toEqual({ count: 42, isCapped: false });
    time.advance(2);
    expect(totals.get('exact')).toBeUndefined();
    expect(totals.get('capped')).toEqual({ count: 10_000, isCapped: true });
    time.advance(CAPPED_TOTAL_TTL_MS - EXACT_TOTAL_TTL_MS);
    expect(totals.get('capped')).toBeUndefined();
    expect(totals.stats()).toEqual({ hits: 2, misses: 2 });
  });

  it('forgets everything at once', () => {
    const totals = createRegistryTotals(clock());
    totals.remember('a', { count: 1, isCapped: false });
    totals.remember('b', { count: 10_000, isCapped: true });
    totals.forget();
    expect([totals.get('a'), totals.get('b')]).toEqual([undefined, undefined]);
  });

  it('keys every filter and the cap apart, and equal filters together', () => {
    const base = { search: 'aur gnb-du', status: 'valid', networkFunction: 'AMF', segment: 'core', vendorOrgId: 'v', labOrgId: 'l' } as const;
    const key = registryFilterKey(base, 201);
    expect(registryFilterKey({ ...base }, 201)).toBe(key);
    expect(registryFilterKey(base, 10_001)).not.toBe(key);
    for (const field of Object.keys(base) as (keyof typeof base)[]) {
      expect(registryFilterKey({ ...base, [field]: undefined }, 201), field).not.toBe(key);
    }
    expect(registryFilterKey({ search: null }, 201)).toBe(registryFilterKey({}, 201));
  });
});
