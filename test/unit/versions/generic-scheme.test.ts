import { describe, expect, it } from 'vitest';
import { genericScheme } from '@/lib/versions/generic-scheme';
import { itOrders, type OrderRow } from './order-table';

// The fallback's own rules (lib/versions/generic-scheme.ts); there is no external authority.
const rows: OrderRow[] = [
  ['1.0', '<', '1.1'],
  ['1.9', '<', '1.10'],
  ['1.0', '<', '1.0.1'],
  ['1.0', '=', '1-0'],
  ['1.0rc1', '<', '1.0'],
  ['1.0-beta', '<', '1.0'],
  ['1.0a', '<', '1.0b'],
  ['1.0A', '=', '1.0a'],
  ['1.0.1', '>', '1.0a'],
  ['2024.01.15', '<', '2024.2.1'],
  ['r18', '>', 'r2'],
  ['1.0.0_20241231235959123', '<', '1.0.0_20250101000000000'],
];

describe('generic fallback order', () => {
  itOrders(genericScheme, rows);
  it('is low confidence', () => expect(genericScheme.confidence).toBe('low'));
  it.each(['', '...', '1 0'])('rejects %j', (v) => expect(genericScheme.isValid(v)).toBe(false));
});
