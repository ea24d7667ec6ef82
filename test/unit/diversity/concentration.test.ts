import { describe, expect, it } from 'vitest';
import { computeDiversity } from '@/lib/diversity/compute-diversity';
import { hhiOf, isHhiOver } from '@/lib/diversity/hhi';
import { diversityPolicy } from '@/lib/diversity/policy';
import type { DeploymentLine } from '@/lib/diversity/types';

let n = 0;
function line(vendor: string, quantity: number, networkFunction = 'AMF', overrides: Partial<DeploymentLine> = {}): DeploymentLine {
  n++;
  return {
    vendorId: `vendor-${vendor}`,
    vendorName: vendor,
    segment: 'core',
    networkFunction,
    quantity,
    certificateStatus: 'valid',
    productVersionId: `version-${n}`,
    label: `Product ${n}`,
    ...overrides,
  };
}

describe('hhiOf', () => {
  it('is 10 000 for one vendor, 5000 for two equal, 2500 for four equal, 0 for none', () => {
    expect(hhiOf([7])).toBe(10_000);
    expect(hhiOf([3, 3])).toBe(5000);
    expect(hhiOf([1, 1, 1, 1])).toBe(2500);
    expect(hhiOf([])).toBe(0);
    expect(hhiOf([0, 0])).toBe(0);
  });

  it('sums the squared percentage shares and rounds to a whole number', () => {
    // 60 % / 30 % / 10 %: 3600 + 900 + 100
    expect(hhiOf([60, 30, 10])).toBe(4600);
    // thirds: 3 × 1111.1 = 3333.3
    expect(hhiOf([1, 1, 1])).toBe(3333);
    // 2/3 and 1/3: 4444.4 + 1111.1 = 5555.6
    expect(hhiOf([2, 1])).toBe(5556);
  });

  it('stays exact for huge unit counts', () => {
    expect(hhiOf([10_000_000_000, 10_000_000_000])).toBe(5000);
    expect(isHhiOver([10_000_000_001, 10_000_000_000], 5000)).toBe(true);
  });

  it('is strictly over: four equal vendors are exactly at 2500, not over it', () => {
    expect(isHhiOver([1, 1, 1, 1], 2500)).toBe(false);
    expect(isHhiOver([2, 1, 1, 1], 2500)).toBe(true);
    expect(isHhiOver([], 0)).toBe(false);
  });
});

describe('computeDiversity: per network function', () => {
  const core = (lines: DeploymentLine[], policy = diversityPolicy([], 0.5)) => computeDiversity(lines, policy).segments.find((s) => s.segment === 'core')!;

  it('finds an AMF fleet that is 100 % one vendor inside a mixed core segment', () => {
    // Core is 53.6 % Polar over all functions (not over 50 % share by much) but every AMF is Polar.
    const s = core([line('Polar', 40, 'AMF'), line('Polar', 35, 'SMF'), line('Kestrel', 65, 'SMF')]);
    expect(s.totalUnits).toBe(140);
    expect(s.vendors.map((v) => [v.vendorName, v.units])).toEqual([
      ['Polar', 75],
      ['Kestrel', 65],
    ]);
    expect(s.networkFunctions.map((f) => [f.networkFunction, f.totalUnits, f.hhi, f.flags])).toEqual([
      ['SMF', 100, 5450, ['share', 'hhi']],
      ['AMF', 40, 10_000, ['share', 'hhi']],
    ]);
    const amf = s.networkFunctions.find((f) => f.networkFunction === 'AMF')!;
    expect(amf.vendors).toMatchObject([{ vendorName: 'Polar', units: 40, share: { numerator: 1, denominator: 1 }, isConcentrated: true }]);
  });

  it('applies the segment threshold to each function: share and HHI flagged separately', () => {
    const policy = diversityPolicy([{ segment: 'core', shareBasisPoints: 4000, hhi: 3000 }], 0.5);
    const s = core([line('A', 35, 'UPF'), line('B', 35, 'UPF'), line('C', 30, 'UPF'), line('A', 25, 'AMF'), line('B', 25, 'AMF'), line('C', 25, 'AMF'), line('D', 25, 'AMF')], policy);
    const upf = s.networkFunctions.find((f) => f.networkFunction === 'UPF')!;
    const amf = s.networkFunctions.find((f) => f.networkFunction === 'AMF')!;
    expect(upf.hhi).toBe(3350); // 1225 + 1225 + 900: over 3000, no vendor over 40 %
    expect(upf.flags).toEqual(['hhi']);
    expect(amf.hhi).toBe(2500);
    expect(amf.flags).toEqual([]);
    expect(s.threshold).toEqual({ share: { numerator: 2, denominator: 5 }, hhi: 3000, isDefault: false });
  });

  it('flags the share alone when one vendor is over it but the HHI is not', () => {
    const policy = diversityPolicy([{ segment: 'core', shareBasisPoints: 3000, hhi: 5000 }], 0.5);
    const s = core([line('A', 40), line('B', 30), line('C', 30)], policy);
    expect(s.hhi).toBe(3400);
    expect(s.flags).toEqual(['share']);
    expect(s.concentrated.map((v) => v.vendorName)).toEqual(['A']);
  });

  it('counts the operator networks a vendor runs in', () => {
    const s = core([
      line('A', 1, 'AMF', { operatorId: 'op-1', operatorName: 'One' }),
      line('A', 1, 'SMF', { operatorId: 'op-2', operatorName: 'Two' }),
      line('A', 1, 'SMF', { operatorId: 'op-2', operatorName: 'Two' }),
      line('B', 1, 'AMF', { operatorId: 'op-2', operatorName: 'Two' }),
    ]);
    expect(s.vendors.map((v) => [v.vendorName, v.operatorCount])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
  });

  it('has no functions, HHI 0 and no flags for an empty segment', () => {
    expect(core([])).toMatchObject({ totalUnits: 0, hhi: 0, flags: [], networkFunctions: [] });
  });
});

describe('diversityPolicy', () => {
  it('uses the stored thresholds of a segment and the defaults (configured share, HHI 2500) elsewhere', () => {
    const policy = diversityPolicy([{ segment: 'ran', shareBasisPoints: 3333, hhi: 1800 }], 0.5);
    expect(policy.ran).toEqual({ share: { numerator: 3333, denominator: 10_000 }, hhi: 1800, isDefault: false });
    expect(policy.core).toEqual({ share: { numerator: 1, denominator: 2 }, hhi: 2500, isDefault: true });
    expect(policy.transport.isDefault).toBe(true);
  });
});
