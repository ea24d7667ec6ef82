import { describe, expect, it } from 'vitest';
import { mavenScheme } from '@/lib/versions/maven-scheme';
import { ascendingPairs, itOrders, type OrderRow } from './order-table';

// Source: Maven's ComparableVersionTest (maven-artifact): the VERSIONS_QUALIFIER and
// VERSIONS_NUMBER orderings, testVersionsEqual, testVersionsHaveSameOrderButAreNotEqual,
// testVersionComparing, MNG-5568, MNG-6572, MNG-6964, MNG-7644 and MNG-7714.
const qualifierOrder = [
  '1-alpha2snapshot', '1-alpha2', '1-alpha-123', '1-beta-2', '1-beta123', '1-m2', '1-m11', '1-rc', '1-cr2',
  '1-rc123', '1-SNAPSHOT', '1', '1-sp', '1-sp2', '1-sp123', '1-abc', '1-def', '1-pom-1', '1-1-snapshot', '1-1',
  '1-2', '1-123',
];

const numberOrder = [
  '2.0', '2.0.a', '2-1', '2.0.2', '2.0.123', '2.1.0', '2.1-a', '2.1b', '2.1-c', '2.1-1', '2.1.0.1', '2.2', '2.123',
  '11.a2', '11.a11', '11.b2', '11.b11', '11.m2', '11.m11', '11', '11.a', '11b', '11c', '11m',
];

const equal: OrderRow[] = [
  ['1', '=', '1.0'],
  ['1', '=', '1.0.0'],
  ['1.0', '=', '1.0.0'],
  ['1', '=', '1-0'],
  ['1', '=', '1.0-0'],
  ['1.0', '=', '1.0-0'],
  ['1a', '=', '1-a'],
  ['1a', '=', '1.0-a'],
  ['1a', '=', '1.0.0-a'],
  ['1.0a', '=', '1-a'],
  ['1.0.0a', '=', '1-a'],
  ['1x', '=', '1-x'],
  ['1x', '=', '1.0.0-x'],
  ['1cr', '=', '1rc'],
  ['1a1', '=', '1-alpha-1'],
  ['1b2', '=', '1-beta-2'],
  ['1m3', '=', '1-milestone-3'],
  ['1X', '=', '1x'],
  ['1Cr', '=', '1Rc'],
  ['1m3', '=', '1MILESTONE3'],
  ['1ga', '=', '1'],
  ['1release', '=', '1'],
  ['1final', '=', '1'],
  ['1GA', '=', '1'],
  ['1.0-final', '=', '1'],
  ['1.0.0-ALPHA1', '=', '1.0.0-alpha1'],
  ['0001', '=', '1'],
  ['0000000000000000001', '=', '1'],
  ['000000000000', '=', '0'],
  ['2-alpha', '=', '2.0.alpha'],
  ['2-alpha', '=', '2.0.0.alpha'],
  ['2-abc', '=', '2.0.0.abc'],
];

const comparing: OrderRow[] = [
  ['1.0.0-rc1', '<', '1.0.0'],
  ['1', '<', '2'],
  ['1.5', '<', '2'],
  ['1', '<', '2.5'],
  ['1.0', '<', '1.1'],
  ['1.0.0', '<', '1.1'],
  ['1.0.1', '<', '1.1'],
  ['1.1', '<', '1.2.0'],
  ['1.0-alpha-1', '<', '1.0'],
  ['1.0-alpha-1', '<', '1.0-alpha-2'],
  ['1.0-alpha-1', '<', '1.0-beta-1'],
  ['1.0-beta-1', '<', '1.0-SNAPSHOT'],
  ['1.0-SNAPSHOT', '<', '1.0'],
  ['1.0-alpha-1-SNAPSHOT', '<', '1.0-alpha-1'],
  ['1.0', '<', '1.0-1'],
  ['1.0-1', '<', '1.0-2'],
  ['1.0.0', '<', '1.0-1'],
  ['2.0-1', '<', '2.0.1'],
  ['2.0.1-klm', '<', '2.0.1-lmn'],
  ['2.0.1', '<', '2.0.1-xyz'],
  ['2.0.1', '<', '2.0.1-123'],
  ['2.0.1-xyz', '<', '2.0.1-123'],
  ['0.7', '<', '2'],
  ['0.2', '<', '1.0.7'],
  ['6.1.0rc3', '<', '6.1.0'],
  ['6.1.0rc3', '<', '6.1H.5-beta'],
  ['6.1.0', '<', '6.1H.5-beta'],
  ['20190126.230843', '<', '1234567890.12345'],
  ['1234567890.12345', '<', '123456789012345.1H.5-beta'],
  ['123456789012345.1H.5-beta', '<', '12345678901234567890.1H.5-beta'],
  ['1-0.alpha', '<', '1'],
  ['1-0.beta', '<', '1'],
  ['1-0.alpha', '<', '1-0.beta'],
  ['1.0.0.RC1', '<', '1.0.0-RC2'],
  ['1.0.0.abc1', '<', '1.0.0-abc2'],
  ['1.0.0.m1', '<', '1.0.0-m2'],
  ['1.0.final-redhat', '<', '1.0-sp1-redhat'],
  ['1.0.final-redhat', '<', '1.0-sp-1-redhat'],
  ['1.0.final-redhat', '<', '1.0-sp.1-redhat'],
  ['7', '>', 'J'],
  ['aardvark', '<', 'zebra'],
  // The qualifier chain as Maven's POM reference states it.
  ['1-alpha', '<', '1-beta'],
  ['1-beta', '<', '1-milestone'],
  ['1-milestone', '<', '1-rc'],
  ['1-rc', '=', '1-cr'],
  ['1-rc', '<', '1-snapshot'],
  ['1-snapshot', '<', '1'],
  ['1', '<', '1-sp'],
  ['2.17.0', '>', '2.14.1'],
  ['2.15.0', '<', '2.16.0'],
  ['5.3.18', '<', '5.3.20'],
  ['2.12.6.1', '>', '2.12.6'],
];

describe('Maven ComparableVersion order', () => {
  describe('VERSIONS_QUALIFIER', () => itOrders(mavenScheme, ascendingPairs(qualifierOrder)));
  describe('VERSIONS_NUMBER', () => itOrders(mavenScheme, ascendingPairs(numberOrder)));
  describe('equal versions', () => itOrders(mavenScheme, equal));
  describe('comparisons', () => itOrders(mavenScheme, comparing));
});

describe('Maven version syntax', () => {
  it.each(['', '...', '-', '1.0 beta', 'x'.repeat(257)])('rejects %j', (v) => expect(mavenScheme.isValid(v)).toBe(false));
});
