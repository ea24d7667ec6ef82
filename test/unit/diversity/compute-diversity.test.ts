import { describe, expect, it } from 'vitest';
import { computeDiversity } from '@/lib/diversity/compute-diversity';
import { decimalFraction, type Fraction } from '@/lib/diversity/fraction';
import { percentText, thresholdText } from '@/lib/diversity/percent-text';
import { versionCertificate } from '@/lib/diversity/version-certificate-status';
import { type DeploymentLine } from '@/lib/diversity/types';

let n = 0;
function line(vendor: string, quantity: number, overrides: Partial<DeploymentLine> = {}): DeploymentLine {
  n++;
  return {
    vendorId: `vendor-${vendor}`,
    vendorName: vendor,
    segment: 'core',
    networkFunction: 'AMF',
    quantity,
    certificateStatus: 'valid',
    productVersionId: `version-${n}`,
    label: `Product ${n} 1.0`,
    ...overrides,
  };
}

const segment = (lines: DeploymentLine[], name: 'ran' | 'transport' | 'core', threshold: number | Fraction = 0.5) =>
  computeDiversity(lines, threshold).segments.find((s) => s.segment === name)!;

describe('computeDiversity: segments and shares', () => {
  it('always answers ran, transport and core in that order, with zero units when empty', () => {
    const picture = computeDiversity([], 0.5);
    expect(picture.segments.map((s) => s.segment)).toEqual(['ran', 'transport', 'core']);
    for (const s of picture.segments) {
      expect(s).toMatchObject({ totalUnits: 0, vendors: [], concentrated: [], flagged: [] });
    }
    expect(picture.totalUnits).toBe(0);
    expect(picture.flaggedCount).toBe(0);
  });

  it('adds up units per vendor and gives exact shares in lowest terms', () => {
    const s = segment([line('A', 30), line('B', 10), line('A', 20, { segment: 'core' }), line('C', 40)], 'core');
    expect(s.totalUnits).toBe(100);
    expect(s.vendors.map((v) => [v.vendorName, v.units, v.share])).toEqual([
      ['A', 50, { numerator: 1, denominator: 2 }],
      ['C', 40, { numerator: 2, denominator: 5 }],
      ['B', 10, { numerator: 1, denominator: 10 }],
    ]);
  });

  it('keeps segments apart', () => {
    const picture = computeDiversity([line('A', 5, { segment: 'ran' }), line('B', 7, { segment: 'transport' }), line('A', 9)], 0.5);
    expect(picture.segments.map((s) => s.totalUnits)).toEqual([5, 7, 9]);
    expect(picture.totalUnits).toBe(21);
  });

  it('leaves out lines without units and refuses negative or fractional quantities', () => {
    expect(segment([line('A', 0), line('B', 3)], 'core').vendors.map((v) => v.vendorName)).toEqual(['B']);
    expect(() => computeDiversity([line('A', -1)], 0.5)).toThrow(RangeError);
    expect(() => computeDiversity([line('A', 1.5)], 0.5)).toThrow(RangeError);
  });

  it('orders vendors by units, ties by name', () => {
    const s = segment([line('Zeta', 2), line('Alpha', 2), line('Mid', 5)], 'core');
    expect(s.vendors.map((v) => v.vendorName)).toEqual(['Mid', 'Alpha', 'Zeta']);
  });
});

describe('computeDiversity: the concentration threshold', () => {
  it('does not flag a vendor holding exactly 50 %', () => {
    const s = segment([line('A', 50), line('B', 50)], 'core');
    expect(s.vendors.every((v) => !v.isConcentrated)).toBe(true);
    expect(s.concentrated).toEqual([]);
  });

  it('flags a vendor holding 50.1 %', () => {
    const s = segment([line('A', 501), line('B', 499)], 'core');
    expect(s.concentrated.map((v) => v.vendorName)).toEqual(['A']);
    expect(s.vendors.find((v) => v.vendorName === 'B')!.isConcentrated).toBe(false);
  });

  it('flags a single vendor (100 %) and never an empty segment', () => {
    expect(segment([line('A', 1)], 'core').concentrated).toHaveLength(1);
    expect(segment([], 'core').concentrated).toHaveLength(0);
  });

  it('decides on exact fractions at any size, not rounded floats', () => {
    // 5 000 001 of 10 000 000 is over 1/2 by one unit in ten million.
    expect(segment([line('A', 5_000_001), line('B', 4_999_999)], 'core').concentrated).toHaveLength(1);
    expect(segment([line('A', 5_000_000), line('B', 5_000_000)], 'core').concentrated).toHaveLength(0);
  });

  it('reads a configured threshold as the decimal it is written as', () => {
    // 0.29 is stored as 0.28999…; 29 of 100 units is exactly 29 % and not over it.
    expect(segment([line('A', 29), line('B', 71)], 'core', 0.29).concentrated.map((v) => v.vendorName)).toEqual(['B']);
    expect(segment([line('A', 30), line('B', 70)], 'core', 0.29).concentrated.map((v) => v.vendorName)).toEqual(['B', 'A']);
    // An exact fraction threshold: exactly one third is not over one third.
    expect(segment([line('A', 1), line('B', 2)], 'core', { numerator: 1, denominator: 3 }).concentrated.map((v) => v.vendorName)).toEqual(['B']);
  });

  it('flags several vendors when the threshold is below 50 %', () => {
    const s = segment([line('A', 40), line('B', 35), line('C', 25)], 'core', 0.3);
    expect(s.concentrated.map((v) => v.vendorName)).toEqual(['A', 'B']);
  });

  it('handles many vendors with equal shares', () => {
    const lines = Array.from({ length: 200 }, (_, i) => line(`V${String(i).padStart(3, '0')}`, 7));
    const s = segment(lines, 'core', 0.005);
    expect(s.totalUnits).toBe(1400);
    expect(s.vendors).toHaveLength(200);
    expect(s.vendors[0].share).toEqual({ numerator: 1, denominator: 200 });
    expect(s.concentrated).toHaveLength(0);
    expect(s.vendors.reduce((sum, v) => sum + v.percent, 0)).toBeCloseTo(100, 9);
  });
});

describe('computeDiversity: deployed versions without a valid certificate', () => {
  it('flags suspended, revoked, expired and missing certificates, most serious first', () => {
    const s = segment(
      [
        line('A', 5, { certificateStatus: 'valid', label: 'ok' }),
        line('A', 1, { certificateStatus: null, label: 'none' }),
        line('B', 2, { certificateStatus: 'expired', label: 'old' }),
        line('B', 3, { certificateStatus: 'suspended', label: 'held' }),
        line('C', 4, { certificateStatus: 'revoked', label: 'gone' }),
      ],
      'core',
    );
    expect(s.flagged.map((f) => [f.label, f.reason, f.units])).toEqual([
      ['gone', 'revoked', 4],
      ['held', 'suspended', 3],
      ['old', 'expired', 2],
      ['none', 'missing', 1],
    ]);
  });

  it('adds up the same version per operator and keeps operators apart', () => {
    const shared = { productVersionId: 'v-x', label: 'X 1.0', certificateStatus: null };
    const s = segment(
      [
        line('A', 2, { ...shared, operatorId: 'op1', operatorName: 'One' }),
        line('A', 3, { ...shared, operatorId: 'op1', operatorName: 'One' }),
        line('A', 4, { ...shared, operatorId: 'op2', operatorName: 'Two' }),
      ],
      'core',
    );
    expect(s.flagged.map((f) => [f.operatorName, f.units])).toEqual([
      ['One', 5],
      ['Two', 4],
    ]);
    expect(computeDiversity([line('A', 1, { certificateStatus: 'suspended' })], 0.5).flaggedCount).toBe(1);
  });
});

describe('percentText', () => {
  it('rounds to one decimal and drops a trailing .0', () => {
    expect(percentText(1, 3)).toBe('33.3 %');
    expect(percentText(2, 3)).toBe('66.7 %');
    expect(percentText(62, 100)).toBe('62 %');
    expect(percentText(1, 1)).toBe('100 %');
    expect(percentText(0, 0)).toBe('0 %');
  });

  it('never shows a share over the threshold as equal to it', () => {
    const half = decimalFraction(0.5);
    expect(percentText(5001, 10_000, half)).toBe('50.01 %');
    expect(percentText(50_000_001, 100_000_000, half)).toBe('more than 50 %');
    expect(percentText(50, 100, half)).toBe('50 %');
  });

  it('names the threshold as a percentage', () => {
    expect(thresholdText(decimalFraction(0.5))).toBe('50 %');
    expect(thresholdText(decimalFraction(0.333))).toBe('33.3 %');
  });
});

describe('decimalFraction', () => {
  it('reads decimals exactly', () => {
    expect(decimalFraction(0.5)).toEqual({ numerator: 1, denominator: 2 });
    expect(decimalFraction(0.29)).toEqual({ numerator: 29, denominator: 100 });
    expect(decimalFraction(1e-7)).toEqual({ numerator: 1, denominator: 10_000_000 });
    expect(() => decimalFraction(Number.NaN)).toThrow(RangeError);
  });
});

describe('versionCertificate', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const future = '2027-01-01T00:00:00Z';
  it('is null for a never-certified version', () => {
    expect(versionCertificate([], now)).toBeNull();
  });
  it('takes the best standing and reads past expiry as expired', () => {
    expect(versionCertificate([{ id: 'a', status: 'revoked', expiresAt: future }, { id: 'b', status: 'valid', expiresAt: future }], now)).toEqual({ id: 'b', status: 'valid' });
    expect(versionCertificate([{ id: 'a', status: 'valid', expiresAt: '2026-05-31T23:59:59Z' }], now)).toEqual({ id: 'a', status: 'expired' });
    expect(versionCertificate([{ id: 'a', status: 'revoked', expiresAt: future }, { id: 'b', status: 'suspended', expiresAt: future }], now)?.status).toBe('suspended');
  });
});
