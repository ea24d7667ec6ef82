import { describe, expect, it } from 'vitest';
import { statusOfVexState, VEX_ANALYSIS_STATES } from '@/lib/vulnerabilities/vex-state';
import { planVex } from '@/lib/vulnerabilities/plan-vex';
import { normalizeCve } from '@/lib/vulnerabilities/cve';

describe('statusOfVexState', () => {
  it('maps every CycloneDX analysis state', () => {
    expect(Object.fromEntries(VEX_ANALYSIS_STATES.map((s) => [s, statusOfVexState(s)]))).toEqual({
      resolved: 'fixed',
      resolved_with_pedigree: 'fixed',
      exploitable: 'confirmed',
      in_triage: 'open',
      false_positive: 'disputed',
      not_affected: 'disputed',
    });
  });

  it.each([null, undefined, '', 'affected', 'toString', '__proto__'])('asserts nothing for %s', (state) => {
    expect(statusOfVexState(state)).toBeNull();
  });
});

describe('normalizeCve', () => {
  it('accepts CVE ids in any case and with surrounding space', () => {
    expect(normalizeCve(' cve-2021-44228 ')).toBe('CVE-2021-44228');
    expect(normalizeCve('CVE-2024-1234567')).toBe('CVE-2024-1234567');
  });
  it.each(['CVE-21-44228', 'CVE-2021-123', 'GHSA-jfh8-c2jp-5v3q', 'CVE-2021-44228x', null])('refuses %s', (v) => {
    expect(normalizeCve(v)).toBeNull();
  });
});

describe('planVex', () => {
  const recorded = [
    { id: 'a', cve: 'CVE-2021-44228', status: 'open' as const },
    { id: 'b', cve: 'CVE-2022-0001', status: 'fixed' as const },
    { id: 'c', cve: null, status: 'open' as const },
  ];

  it('updates the vulnerabilities with the same CVE id and reports the rest', () => {
    const plan = planVex(
      [
        { id: 'cve-2021-44228', analysisState: 'exploitable' },
        { id: 'CVE-2022-0001', analysisState: 'resolved' },
        { id: 'CVE-2023-9999', analysisState: 'not_affected' },
        { id: 'GHSA-xxxx-yyyy-zzzz', analysisState: 'in_triage' },
        { id: 'CVE-2020-0002', analysisState: null },
        { id: null, analysisState: 'exploitable' },
      ],
      recorded,
    );
    expect(plan).toEqual({
      updates: [{ vulnerabilityId: 'a', cve: 'CVE-2021-44228', from: 'open', to: 'confirmed' }],
      unchanged: ['CVE-2022-0001'],
      unmatched: ['CVE-2023-9999', 'GHSA-xxxx-yyyy-zzzz'],
      withoutState: ['CVE-2020-0002'],
    });
  });

  it('lets the last statement about an id count', () => {
    const plan = planVex(
      [
        { id: 'CVE-2021-44228', analysisState: 'exploitable' },
        { id: 'CVE-2021-44228', analysisState: 'not_affected' },
      ],
      recorded,
    );
    expect(plan.updates).toEqual([{ vulnerabilityId: 'a', cve: 'CVE-2021-44228', from: 'open', to: 'disputed' }]);
  });

  it('updates every recorded duplicate of a CVE', () => {
    const plan = planVex([{ id: 'CVE-2021-44228', analysisState: 'resolved' }], [...recorded, { id: 'd', cve: 'CVE-2021-44228', status: 'confirmed' }]);
    expect(plan.updates.map((u) => u.vulnerabilityId)).toEqual(['a', 'd']);
  });
});
