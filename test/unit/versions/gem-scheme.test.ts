import { describe, expect, it } from 'vitest';
import { gemScheme } from '@/lib/versions/gem-scheme';
import { itOrders, type OrderRow } from './order-table';

// Source: RubyGems' test/rubygems/test_gem_version.rb (test_spaceship, test_eql_eh and the
// prerelease cases) and the Gem::Version documentation.
const rows: OrderRow[] = [
  ['1.0', '=', '1.0.0'],
  ['1.0', '>', '1.0.a'],
  ['1.8.2', '>', '0.0.0'],
  ['1.8.2', '>', '1.8.2.a'],
  ['1.8.2.b', '>', '1.8.2.a'],
  ['1.8.2.a', '<', '1.8.2'],
  ['1.8.2.a10', '>', '1.8.2.a9'],
  ['0.beta.1', '=', '0.0.beta.1'],
  ['0.0.beta', '<', '0.0.beta.1'],
  ['0.0.beta', '<', '0.beta.1'],
  ['5.a', '<', '5.0.0.rc2'],
  ['5.x', '>', '5.0.0.rc2'],
  ['1.0.0-rc1', '<', '1.0.0'],
  ['7.0.8.1', '>', '7.0.8'],
  ['6.1.7.7', '<', '6.1.7.10'],
];

describe('RubyGems version order', () => {
  itOrders(gemScheme, rows);
  it.each(['', 'junk', '1.0\n1.0', '1..0'])('rejects %j', (v) => {
    expect(gemScheme.isValid(v)).toBe(false);
  });
});
