import { describe, expect, it } from 'vitest';
import { NETWORK_FUNCTION_PROFILES } from '@/lib/catalogue/network-function-profiles';
import { NETWORK_FUNCTIONS, isNetworkFunction } from '@/lib/catalogue/network-functions';
import { segmentForNetworkFunction } from '@/lib/catalogue/segment-for-network-function';
import { UnknownNetworkFunctionError } from '@/lib/catalogue/unknown-network-function-error';
import { rawCatalogue } from './catalogue-fixture';

const specs = rawCatalogue().specs;

describe('network functions', () => {
  it('are exactly the catalogue applies_to values without "*"', () => {
    const fromCatalogue = [...new Set(specs.flatMap((spec) => spec.applies_to).filter((nf) => nf !== '*'))];
    expect([...NETWORK_FUNCTIONS]).toEqual(fromCatalogue);
  });

  it('each list their own specs exactly as the catalogue maps them', () => {
    for (const nf of NETWORK_FUNCTIONS) {
      const own = specs.filter((spec) => spec.applies_to.includes(nf)).map((spec) => spec.spec);
      expect([...NETWORK_FUNCTION_PROFILES[nf].ownSpecs], nf).toEqual(own);
    }
  });

  it('take their segment from the catalogue where it names one', () => {
    for (const nf of NETWORK_FUNCTIONS) {
      for (const spec of specs.filter((s) => s.applies_to.includes(nf) && s.network_segment !== 'any')) {
        expect(segmentForNetworkFunction(nf), nf).toBe(spec.network_segment);
      }
    }
  });

  it('puts gNB, its split parts and eNB in ran', () => {
    for (const nf of ['gNB', 'gNB-CU', 'gNB-CU-CP', 'gNB-CU-UP', 'gNB-DU', 'eNB']) {
      expect(segmentForNetworkFunction(nf), nf).toBe('ran');
    }
  });

  it('puts core functions, and the management function, in core', () => {
    const coreFunctions = ['AMF', 'SMF', 'UPF', 'AUSF', 'UDM', 'NRF', 'NEF', 'SEPP', 'PCF', 'SCP', 'NWDAF', 'N3IWF'];
    for (const nf of [...coreFunctions, 'AAnF', 'NSSAAF', 'MME', 'PGW', 'IMS', 'MnF']) {
      expect(segmentForNetworkFunction(nf), nf).toBe('core');
    }
  });

  it('refuses an unknown network function, case-sensitively', () => {
    expect(() => segmentForNetworkFunction('router')).toThrow(UnknownNetworkFunctionError);
    expect(() => segmentForNetworkFunction('amf')).toThrow('Unknown network function "amf"');
    expect(() => segmentForNetworkFunction('*')).toThrow(UnknownNetworkFunctionError);
    expect(isNetworkFunction('AMF')).toBe(true);
    expect(isNetworkFunction('amf')).toBe(false);
    expect(isNetworkFunction(undefined)).toBe(false);
  });
});
