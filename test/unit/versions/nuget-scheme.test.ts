import { describe, expect, it } from 'vitest';
import { nugetScheme } from '@/lib/versions/nuget-scheme';
import { itOrders, type OrderRow } from './order-table';

// Source: Microsoft's NuGet "Package versioning" reference (normalised four-part versions,
// pre-release labels compared case-insensitively, SemVer 2.0 dot-separated labels, metadata
// ignored).
const rows: OrderRow[] = [
  ['1.0', '=', '1.0.0'],
  ['1.0.0', '=', '1.0.0.0'],
  ['1', '=', '1.0.0.0'],
  ['1.0.0.1', '>', '1.0.0'],
  ['1.0.01', '=', '1.0.1'],
  ['1.0.0-beta', '<', '1.0.0'],
  ['1.0.0-Beta', '=', '1.0.0-beta'],
  ['1.0.0-alpha', '<', '1.0.0-beta'],
  ['1.0.0-beta.2', '<', '1.0.0-beta.11'],
  ['1.0.0-1', '<', '1.0.0-alpha'],
  ['1.0.0-beta', '<', '1.0.0-beta.1'],
  ['1.0.0+meta', '=', '1.0.0'],
  ['1.0.0-rc.1+meta', '=', '1.0.0-rc.1'],
  ['13.0.1', '>', '12.0.3'],
  ['4.7.2', '<', '4.7.10'],
];

describe('NuGet version order', () => {
  itOrders(nugetScheme, rows);
  it.each(['', '1.0.0.0.0', '1.0-', 'a.b', '1.0.0-beta..1'])('rejects %j', (v) => {
    expect(nugetScheme.isValid(v)).toBe(false);
  });
});
