import { describe, expect, it } from 'vitest';
import { alpineScheme } from '@/lib/versions/alpine-scheme';
import { itOrders, type OrderRow } from './order-table';

// Source: apk-tools test/version.data (the pairs `apk version -t` is tested against) and the
// grammar in src/version.c; plus the issue's `r18 > r2`.
const rows: OrderRow[] = [
  ['1.0-r18', '>', '1.0-r2'],
  ['2.34', '>', '0.1.0_alpha'],
  ['0.1.0_alpha', '=', '0.1.0_alpha'],
  ['0.1.0_alpha', '<', '0.1.3_alpha'],
  ['0.1.0_alpha2', '>', '0.1.0_alpha'],
  ['0.1.0_alpha', '<', '2.2.39-r1'],
  ['1.0.4-r3', '<', '1.0.4-r4'],
  ['1.1', '>', '1.1_alpha1'],
  ['1.2.1', '>', '1.2'],
  ['1.3_alpha2', '<', '1.3_alpha3'],
  ['0.8_beta1', '<', '0.8_beta2'],
  ['2.3.0b-r1', '<', '2.3.0b-r2'],
  ['0.12.3', '>', '0.12'],
  ['1.2.11', '<', '1.2.12.1'],
  ['3.1_p16', '<', '3.1_p17'],
  ['1.06-r6', '<', '006'],
  ['1.2.2-r1', '>', '1.2.2'],
  ['20050718-r1', '<', '20050718-r2'],
  ['2.01.01_alpha10', '>', '0.94'],
  ['1.0', '>', '0.99.3.20040818'],
  ['1.00_beta2', '>', '0.9.2'],
  ['4.2.52_p2-r1', '<', '4.2.52_p4-r2'],
  ['2.18.3-r10', '>', '1.05-r18'],
  ['1.05-r18', '<', '1.05-r19'],
  ['20060720', '>', '3.0.20060720'],
  ['2.5.1-r8', '<', '2.5.1a-r1'],
  ['1.3.5-r10', '>', '1.3.5-r8'],
  ['2.0.0_rc3-r1', '<', '20040401'],
  ['3.9_pre20060124', '>', '0.01'],
  ['0.10.0', '<', '0.10.1_rc1'],
  ['1.7', '<', '1.7b'],
  ['1.8.5', '<', '1.8.5_p2'],
  ['2.9.11_pre20051101-r2', '<', '2.9.11_pre20051101-r3'],
  ['2.9.11_pre20051101-r3', '>', '2.9.11_pre20051101'],
  ['0.9.28.1', '>', '0.9.28'],
  ['104-r11', '>', '104-r9'],
  ['7.0.17', '<', '7.0.174'],
  ['4.5_p1-r1', '>', '4.5_p1'],
  ['1.6.8_p12-r1', '>', '1.6.8_p9-r2'],
  ['0.20070118', '<', '0.20070207_rc1'],
  ['1.3-r0', '<', '1.3.1-r0'],
  ['1.3_pre1-r1', '<', '1.3.2'],
  ['1.0_p10-r0', '>', '1.0_p9-r0'],
  ['0.1.0_alpha_pre2', '<', '0.1.0_alpha'],
  ['1.0.0_pre20191002222144-r0', '<', '1.0.0_pre20210530193627-r0'],
  // A part with a leading zero compares as a string (8.2.0015 < 8.2.002).
  ['8.2.0015', '<', '8.2.002'],
  ['1.02', '<', '1.1'],
  ['1.0_git20240101', '>', '1.0'],
  ['1.0_rc1', '<', '1.0'],
  ['1.0_cvs', '<', '1.0_svn'],
  ['1.0_hg', '<', '1.0_p'],
];

describe('Alpine apk version order', () => {
  itOrders(alpineScheme, rows);
});

describe('Alpine apk version syntax', () => {
  // `1.0bc` and `23_foo` are the rows version.data marks as invalid.
  it.each(['', 'v1.0', '1.0bc', '23_foo', '1.0-r', '1.0-1', '1.0_', '1.0.', '1.0A', '1.0-r1_p1', '1.0b2'])('rejects %j', (v) => {
    expect(alpineScheme.isValid(v)).toBe(false);
  });
  it.each(['1', '1.2.3_rc1_p2~abc123-r4', '0.59s-r11', '1.0_alpha'])('accepts %j', (v) => {
    expect(alpineScheme.isValid(v)).toBe(true);
  });
});
