import { describe, expect, it } from 'vitest';
import { golangScheme } from '@/lib/versions/golang-scheme';
import { itOrders, type OrderRow } from './order-table';

// Source: the Go Modules Reference ("Versions", "Pseudo-versions", "Compatibility with
// non-module repositories") and golang.org/x/mod/semver's documented shorthands (v1, v1.2).
const rows: OrderRow[] = [
  ['v1.2.3', '=', '1.2.3'],
  ['v1', '=', 'v1.0.0'],
  ['v1.2', '=', 'v1.2.0'],
  ['v2.0.0+incompatible', '=', 'v2.0.0'],
  ['v2.0.1+incompatible', '>', 'v2.0.0+incompatible'],
  ['v1.2.3-pre', '<', 'v1.2.3'],
  ['v0.0.0-20191109021931-daa7c04131f5', '<', 'v0.0.0-20200101000000-abcdefabcdef'],
  ['v0.0.0-20191109021931-daa7c04131f5', '<', 'v0.1.0'],
  ['v1.2.4-0.20191109021931-daa7c04131f5', '>', 'v1.2.3'],
  ['v1.2.4-0.20191109021931-daa7c04131f5', '<', 'v1.2.4'],
  ['v1.2.3-pre.0.20191109021931-daa7c04131f5', '>', 'v1.2.3-pre'],
  ['v0.17.0', '>', 'v0.9.0'],
  ['v1.10.0', '>', 'v1.9.9'],
];

describe('Go module version order', () => {
  itOrders(golangScheme, rows);
  it.each(['', 'latest', 'v1.2.3.4', 'master', 'vv1.2.3'])('rejects %j', (v) => {
    expect(golangScheme.isValid(v)).toBe(false);
  });
});
