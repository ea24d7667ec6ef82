import { describe, expect, it } from 'vitest';
import { applicableSpecs } from '@/lib/catalogue/applicable-specs';
import { applicableTestCases } from '@/lib/catalogue/applicable-test-cases';
import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';
import { parseCatalogue } from '@/lib/catalogue/parse-catalogue';
import { scasCatalogue } from '@/lib/catalogue/scas-catalogue';
import { specsWithoutTestCases } from '@/lib/catalogue/specs-without-test-cases';
import { UnknownNetworkFunctionError } from '@/lib/catalogue/unknown-network-function-error';
import { rawCatalogue } from './catalogue-fixture';

const catalogue = parseCatalogue(rawCatalogue());

// Counted independently with python3 from db/data/scas-catalogue.json:
// 73 TS 33.117 entries + the function's own entries (+5 TS 33.527 when virtualized).
const EXPECTED_COUNTS: Record<string, [physical: number, virtualized: number]> = {
  gNB: [89, 94],
  'gNB-CU': [77, 82],
  'gNB-CU-CP': [77, 82],
  'gNB-CU-UP': [77, 82],
  'gNB-DU': [77, 82],
  eNB: [90, 95],
  AMF: [88, 93],
  UPF: [81, 86],
  UDM: [78, 83],
  SMF: [76, 81],
  AUSF: [73, 78],
  SEPP: [83, 88],
  NRF: [74, 79],
  NEF: [74, 79],
  N3IWF: [73, 78],
  NWDAF: [74, 79],
  SCP: [73, 78],
  PCF: [73, 78],
  AAnF: [76, 81],
  NSSAAF: [75, 80],
  MME: [88, 93],
  PGW: [83, 88],
  IMS: [86, 91],
  MnF: [73, 78],
};

describe('applicableSpecs', () => {
  it('is TS 33.117 plus the function spec', () => {
    expect(applicableSpecs('gNB', false)).toEqual(['TS 33.117', 'TS 33.511']);
    expect(applicableSpecs('AMF', false)).toEqual(['TS 33.117', 'TS 33.512']);
  });

  it('adds TS 33.527 for a virtualized product', () => {
    expect(applicableSpecs('AMF', true)).toEqual(['TS 33.117', 'TS 33.512', 'TS 33.527']);
  });

  it('refuses an unknown network function', () => {
    expect(() => applicableSpecs('router', false)).toThrow(UnknownNetworkFunctionError);
  });
});

describe('applicableTestCases', () => {
  it('covers every network function', () => {
    expect(Object.keys(EXPECTED_COUNTS).sort()).toEqual([...NETWORK_FUNCTIONS].sort());
  });

  it.each(Object.entries(EXPECTED_COUNTS))('%s has %j test cases (physical, virtualized)', (nf, [physical, virtualized]) => {
    expect(applicableTestCases(catalogue, nf, false)).toHaveLength(physical);
    expect(applicableTestCases(catalogue, nf, true)).toHaveLength(virtualized);
  });

  it.each([...NETWORK_FUNCTIONS])('%s lists each test case id once', (nf) => {
    const ids = applicableTestCases(catalogue, nf, true).map((testCase) => testCase.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns catalogue ids with spec, version, clause, title, group and test names', () => {
    const amf = applicableTestCases(catalogue, 'AMF', false);
    expect(amf.find((testCase) => testCase.id === '33.512-4.2.2.1.1')).toEqual({
      id: '33.512-4.2.2.1.1',
      spec: 'TS 33.512',
      specVersion: '18.1.0',
      clause: '4.2.2.1.1',
      title: 'Synchronization failure handling',
      group: 'Authentication and key agreement procedure',
      testNames: ['TC_SYNC_FAIL_SEAF_AMF'],
      testCaseCount: 1,
    });
    expect(amf[0].spec).toBe('TS 33.117');
    expect(amf.at(-1)?.spec).toBe('TS 33.512');
  });

  it('gives an empty test-name list and a count of 1 where none were parsed', () => {
    const entry = applicableTestCases(catalogue, 'AMF', false).find((testCase) => testCase.id === '33.117-4.2.2.2.3.1');
    expect(entry).toMatchObject({ testNames: [], testCaseCount: 1 });
  });

  it('adds the TS 33.527 test cases only when virtualized', () => {
    const physical = applicableTestCases(catalogue, 'UPF', false).map((testCase) => testCase.id);
    const virtualized = applicableTestCases(catalogue, 'UPF', true).map((testCase) => testCase.id);
    expect(physical.some((id) => id.startsWith('33.527-'))).toBe(false);
    expect(virtualized.filter((id) => !physical.includes(id))).toEqual([
      '33.527-4.2.3.3.5.2',
      '33.527-4.2.7.1',
      '33.527-4.2.7.2',
      '33.527-4.2.7.3',
      '33.527-4.3.6.2',
    ]);
    expect(applicableTestCases(catalogue, 'UPF', true).at(-1)?.specVersion).toBe('18.0.1');
  });

  it('never mixes in another function’s spec', () => {
    const specs = new Set(applicableTestCases(catalogue, 'gNB', true).map((testCase) => testCase.spec));
    expect([...specs]).toEqual(['TS 33.117', 'TS 33.511', 'TS 33.527']);
  });

  it('refuses an unknown network function', () => {
    expect(() => applicableTestCases(catalogue, 'Router', false)).toThrow(UnknownNetworkFunctionError);
  });

  it('refuses a catalogue that lacks an applicable spec', () => {
    const trimmed = { ...catalogue, specs: catalogue.specs.filter((spec) => spec.spec !== 'TS 33.527') };
    expect(() => applicableTestCases(trimmed, 'AMF', true)).toThrow('SCAS catalogue has no spec TS 33.527');
  });

  it('is served, parsed, to server code', () => {
    expect(applicableTestCases(scasCatalogue, 'AMF', false)).toHaveLength(88);
  });
});

describe('specsWithoutTestCases', () => {
  it('flags applicable specs the catalogue has no test cases for', () => {
    expect(specsWithoutTestCases(catalogue, 'AUSF', true)).toEqual(['TS 33.516']);
    expect(specsWithoutTestCases(catalogue, 'PCF', false)).toEqual(['TS 33.528']);
    expect(specsWithoutTestCases(catalogue, 'AMF', true)).toEqual([]);
  });
});
