import { describe, expect, it } from 'vitest';
import { pypiScheme } from '@/lib/versions/pypi-scheme';
import { ascendingPairs, itOrders, type OrderRow } from './order-table';

// Sources: PEP 440 (the "Summary of permitted suffixes and relative ordering" example sequence,
// normalisation rules) and the ordered VERSIONS list of pypa/packaging's tests/test_version.py.
// Every row was checked against packaging.version.Version (packaging 26.2) when the table was written.
const pep440Sequence = [
  '1.dev0', '1.0.dev456', '1.0a1', '1.0a2.dev456', '1.0a12.dev456', '1.0a12', '1.0b1.dev456', '1.0b2',
  '1.0b2.post345.dev456', '1.0b2.post345', '1.0rc1.dev456', '1.0rc1', '1.0', '1.0+abc.5', '1.0+abc.7', '1.0+5',
  '1.0.post456.dev34', '1.0.post456', '1.0.15', '1.1.dev1',
];

const rows: OrderRow[] = [
  ['1.0RC1', '=', '1.0rc1'],
  ['1.0c1', '=', '1.0rc1'],
  ['1.0-alpha1', '=', '1.0a1'],
  ['1.0.beta.2', '=', '1.0b2'],
  ['1.0-1', '=', '1.0.post1'],
  ['1.0-r1', '=', '1.0.post1'],
  ['1.0dev', '=', '1.0.dev0'],
  ['v1.0', '=', '1.0'],
  ['1.0', '=', '1.0.0'],
  ['01.02', '=', '1.2'],
  ['1.0+ubuntu-1', '=', '1.0+ubuntu.1'],
  ['1!1.0', '>', '2.0'],
  ['1!1.0', '<', '1!1.1'],
  ['0!9.9', '<', '1!0.1'],
  ['2.0.0rc1', '<', '2.0.0'],
  ['2.0.0', '<', '2.0.0.post1'],
  ['2.0.0.dev1', '<', '2.0.0a1'],
  ['1.0+local', '>', '1.0'],
  ['1.0+local.2', '>', '1.0+local.1'],
  ['1.0+abc', '<', '1.0+1'],
  ['1.9', '<', '1.10'],
  ['2.31.0', '>', '2.3.1'],
  ['3.0.0a1', '<', '3.0.0b1'],
  ['4.2.0', '>', '4.2.0rc2'],
];

describe('PEP 440 order', () => {
  describe('the PEP 440 example sequence', () => itOrders(pypiScheme, ascendingPairs(pep440Sequence)));
  describe('normalisation and epochs', () => itOrders(pypiScheme, rows));
  it.each(['', 'latest', '1.0-', '1..0', 'a1.0', '1.0 beta'])('rejects %j', (v) => {
    expect(pypiScheme.isValid(v)).toBe(false);
  });
});
