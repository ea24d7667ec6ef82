import { describe, expect, it } from 'vitest';
import { rpmScheme } from '@/lib/versions/rpm-scheme';
import { itOrders, type OrderRow } from './order-table';

// Source: rpm's own test suite, tests/rpmvercmp.at (the RPMVERCMP cases, including the `~`
// and `^` ones), plus epoch/release cases from the rpm.org version comparison docs. Each row was
// checked against `rpm.vercmp` of rpm 4.18 when the table was written.
const vercmp: OrderRow[] = [
  ['1.0', '=', '1.0'],
  ['1.0', '<', '2.0'],
  ['2.0.1', '=', '2.0.1'],
  ['2.0', '<', '2.0.1'],
  ['2.0.1a', '=', '2.0.1a'],
  ['2.0.1a', '>', '2.0.1'],
  ['5.5p1', '<', '5.5p2'],
  ['5.5p1', '<', '5.5p10'],
  ['10xyz', '<', '10.1xyz'],
  ['xyz10', '<', 'xyz10.1'],
  ['xyz.4', '<', '8'],
  ['xyz.4', '<', '2'],
  ['5.5p2', '<', '5.6p1'],
  ['5.6p1', '<', '6.5p1'],
  ['6.0.rc1', '>', '6.0'],
  ['10b2', '>', '10a1'],
  ['10a2', '<', '10b2'],
  ['1.0aa', '=', '1.0aa'],
  ['1.0a', '<', '1.0aa'],
  ['10.0001', '=', '10.1'],
  ['10.0001', '<', '10.0039'],
  ['4.999.9', '<', '5.0'],
  ['20101121', '<', '20101122'],
  ['2_0', '=', '2.0'],
  ['a+', '=', 'a_'],
  ['+a', '=', '_a'],
  ['1b.fc17', '<', '1.fc17'],
  ['1g.fc17', '>', '1.fc17'],
  ['1.0~rc1', '<', '1.0'],
  ['1.0~rc1', '<', '1.0~rc2'],
  ['1.0~rc1~git123', '<', '1.0~rc1'],
  ['1.0^', '>', '1.0'],
  ['1.0^git1', '>', '1.0'],
  ['1.0^git1', '<', '1.0^git2'],
  ['1.0^git1', '<', '1.01'],
  ['1.0^20160101', '<', '1.0.1'],
  ['1.0^20160102', '>', '1.0^20160101^git1'],
  ['1.0~rc1^git1', '>', '1.0~rc1'],
  ['1.0^git1~pre', '<', '1.0^git1'],
];

const evr: OrderRow[] = [
  ['1:1.0-1', '>', '2.0-1'],
  ['0:1.0-1', '=', '1.0-1'],
  ['1.0-1', '<', '1.0-2'],
  ['1.0-2.el8', '<', '1.0-10.el8'],
  ['2.28-225.el9', '<', '2.28-236.el9_4.2'],
  ['3.0.7-27.el9', '>', '3.0.1-43.el9_0'],
  ['1.1.1k-9.el8_7', '<', '1.1.1k-12.el8_9'],
  ['1.0', '<', '1.0-5'],
  ['1.0-5', '<', '1.0.1'],
];

describe('rpmvercmp', () => {
  itOrders(rpmScheme, vercmp);
});

describe('RPM epoch:version-release', () => {
  itOrders(rpmScheme, evr);
  it.each(['', 'a:1.0', '1.0-', '-1', '1.0 1', '...'])('rejects %j', (v) => {
    expect(rpmScheme.isValid(v)).toBe(false);
  });
});
