import { describe, expect, it } from 'vitest';
import { debianScheme } from '@/lib/versions/debian-scheme';
import { ascendingPairs, itOrders, type OrderRow } from './order-table';

// Sources: Debian Policy §5.6.12 and deb-version(7) (epochs, `~`, the comparison algorithm, the
// `~` example sequence); the other rows are version pairs as they occur in the Debian and Ubuntu
// archives. Every row was checked against `dpkg --compare-versions` (dpkg 1.21.22) when the
// table was written.
const rows: OrderRow[] = [
  ['1:1.0', '>', '2.0'],
  ['1:0.1', '>', '0:9.9'],
  ['0:1.0', '=', '1.0'],
  ['2:1.0', '>', '1:2.0'],
  ['1.0', '<', '1.1'],
  ['1.0', '=', '1.0-0'],
  ['1.0', '<', '1.0-1'],
  ['1.0-1', '<', '1.0-2'],
  ['1.0-2', '<', '1.0-10'],
  ['1.0-1', '<', '1.0.1-1'],
  ['1.2.3', '<', '1.2.10'],
  ['1.01', '=', '1.1'],
  ['1.0~rc1', '<', '1.0'],
  ['1.0~rc1', '<', '1.0~rc2'],
  ['1.0~~', '<', '1.0~~a'],
  ['1.0~~a', '<', '1.0~'],
  ['1.0~', '<', '1.0'],
  ['1.0', '<', '1.0a'],
  ['1.0a', '<', '1.0+'],
  ['1.0+dfsg', '>', '1.0'],
  ['1.0+dfsg-1', '<', '1.0+dfsg-1+deb12u1'],
  ['1.0-1', '<', '1.0-1+b1'],
  ['1.0-1~bpo11+1', '<', '1.0-1'],
  ['2.30-2', '<', '2.30-2ubuntu1'],
  ['9.18.28-1~deb12u2', '<', '9.18.33-1~deb12u2'],
  ['1.1.1n-0+deb11u5', '<', '1.1.1w-0+deb11u1'],
  ['7.88.1-10+deb12u5', '<', '7.88.1-10+deb12u12'],
  ['1.0.0a', '<', '1.0.0b'],
  ['1.0a', '<', '1.0.1'],
  ['1.0-a', '>', '1.0-1'],
  ['1:1.2.13.dfsg-1', '<', '1:1.3.dfsg-3'],
  ['3.0.11-1~deb12u2', '>', '3.0.9-1'],
  ['0.9.8', '<', '0.9.10'],
  ['1.0.', '>', '1.0'],
  ['1.0.a', '>', '1.0.'],
  ['2.4.52-1ubuntu4.6', '<', '2.4.52-1ubuntu4.10'],
];

describe('Debian version order', () => {
  itOrders(debianScheme, rows);
  // Debian Policy's own example sequence for `~`.
  itOrders(debianScheme, ascendingPairs(['1.0~~', '1.0~~a', '1.0~', '1.0', '1.0a']));
});

describe('Debian version syntax', () => {
  it.each(['', ':1.0', 'a:1.0', '1:', '1.0-', '1.0-a_b', '-1', '1.0 1', '1:1:1.0'])('rejects %j', (v) => {
    expect(debianScheme.isValid(v)).toBe(false);
  });
  it.each(['1.0', '1:1.0-1', '2.30-2ubuntu1', '1.0~rc1+dfsg-1~bpo1', '1.0-1-1'])('accepts %j', (v) => {
    expect(debianScheme.isValid(v)).toBe(true);
  });
});
