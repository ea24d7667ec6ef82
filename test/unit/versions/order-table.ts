import { expect, it } from 'vitest';
import type { VersionScheme } from '@/lib/versions/version-scheme';

export type OrderRow = [string, '<' | '=' | '>', string];

/** One test per row, checked both ways round, so a comparator that is not antisymmetric fails. */
export function itOrders(scheme: VersionScheme, rows: OrderRow[]): void {
  it.each(rows)('%s %s %s', (a, op, b) => {
    expect(scheme.isValid(a), `${a} is valid`).toBe(true);
    expect(scheme.isValid(b), `${b} is valid`).toBe(true);
    const expected = op === '<' ? -1 : op === '=' ? 0 : 1;
    expect(Math.sign(scheme.compare(a, b))).toBe(expected);
    expect(Math.sign(scheme.compare(b, a))).toBe(-expected || 0);
  });
}

/** Every earlier entry sorts before every later one. */
export function ascendingPairs(versions: string[]): OrderRow[] {
  const rows: OrderRow[] = [];
  for (let i = 0; i < versions.length; i++) {
    for (let j = i + 1; j < versions.length; j++) rows.push([versions[i], '<', versions[j]]);
  }
  return rows;
}
