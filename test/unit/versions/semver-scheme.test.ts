import { describe, expect, it } from 'vitest';
import { semverScheme } from '@/lib/versions/semver-scheme';
import { ascendingPairs, itOrders, type OrderRow } from './order-table';

// Sources: SemVer 2.0.0 §11 (the precedence example chain, build metadata ignored) and
// node-semver's test/fixtures/comparisons.js (each pair there is "first is greater").
const semverOrgChain = [
  '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1',
  '1.0.0', '2.0.0', '2.1.0', '2.1.1',
];

const nodeSemverGreater: OrderRow[] = (
  [
    ['0.0.0', '0.0.0-foo'],
    ['0.0.1', '0.0.0'],
    ['1.0.0', '0.9.9'],
    ['0.10.0', '0.9.0'],
    ['0.99.0', '0.10.0'],
    ['2.0.0', '1.2.3'],
    ['v0.0.0', '0.0.0-foo'],
    ['1.2.3', '1.2.3-asdf'],
    ['1.2.3', '1.2.3-4'],
    ['1.2.3', '1.2.3-4-foo'],
    ['1.2.3-5-foo', '1.2.3-5'],
    ['1.2.3-5', '1.2.3-4'],
    ['1.2.3-5-foo', '1.2.3-5-Foo'],
    ['3.0.0', '2.7.2+asdf'],
    ['1.2.3-a.10', '1.2.3-a.5'],
    ['1.2.3-a.b', '1.2.3-a.5'],
    ['1.2.3-a.b', '1.2.3-a'],
    ['1.2.3-a.b.c.10.d.5', '1.2.3-a.b.c.5.d.100'],
    ['1.2.3-r2', '1.2.3-r100'],
    ['1.2.3-r100', '1.2.3-R2'],
  ] as const
).map(([a, b]) => [a, '>', b]);

const rows: OrderRow[] = [
  ['1.0.0-rc1', '<', '1.0.0'],
  ['1.0.0+build.1', '=', '1.0.0+build.2'],
  ['1.0.0+20130313144700', '=', '1.0.0'],
  ['4.17.20', '<', '4.17.21'],
  ['10.0.0', '>', '9.99.99'],
];

describe('SemVer 2.0 precedence', () => {
  describe('semver.org §11', () => itOrders(semverScheme, ascendingPairs(semverOrgChain)));
  describe('node-semver comparisons fixture', () => itOrders(semverScheme, nodeSemverGreater));
  describe('build metadata and the issue pair', () => itOrders(semverScheme, rows));
  it.each(['', '1', '1.2', '1.2.3.4', '01.2.3', '1.2.3-', '1.2.3-01', 'latest', '^1.2.3'])('rejects %j', (v) => {
    expect(semverScheme.isValid(v)).toBe(false);
  });
});
