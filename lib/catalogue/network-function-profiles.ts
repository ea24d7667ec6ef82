import type { NetworkFunction } from './network-functions';
import type { NetworkSegment } from './network-segments';

/** The segment of a network function and the SCAS spec(s) written for it. */
export type NetworkFunctionProfile = {
  readonly segment: NetworkSegment;
  readonly ownSpecs: readonly string[];
};

/**
 * Segment and own SCAS spec per network function, as in the catalogue's
 * `network_segment` and `applies_to`. A unit test checks this table against
 * the catalogue so the two cannot drift apart.
 *
 * MnF (TS 33.526) is catalogued with `network_segment: "any"`; it is placed in
 * `core` because a management function reaches every network element and
 * `core` is the highest-risk segment, so it gets four-eyes approval.
 * No catalogued product class is transport equipment (TS 33.117's "network
 * devices" clauses have no product class of their own), so nothing maps to
 * `transport` yet.
 */
export const NETWORK_FUNCTION_PROFILES = {
  gNB: { segment: 'ran', ownSpecs: ['TS 33.511'] },
  'gNB-CU': { segment: 'ran', ownSpecs: ['TS 33.523'] },
  'gNB-CU-CP': { segment: 'ran', ownSpecs: ['TS 33.523'] },
  'gNB-CU-UP': { segment: 'ran', ownSpecs: ['TS 33.523'] },
  'gNB-DU': { segment: 'ran', ownSpecs: ['TS 33.523'] },
  eNB: { segment: 'ran', ownSpecs: ['TS 33.216'] },
  AMF: { segment: 'core', ownSpecs: ['TS 33.512'] },
  UPF: { segment: 'core', ownSpecs: ['TS 33.513'] },
  UDM: { segment: 'core', ownSpecs: ['TS 33.514'] },
  SMF: { segment: 'core', ownSpecs: ['TS 33.515'] },
  AUSF: { segment: 'core', ownSpecs: ['TS 33.516'] },
  SEPP: { segment: 'core', ownSpecs: ['TS 33.517'] },
  NRF: { segment: 'core', ownSpecs: ['TS 33.518'] },
  NEF: { segment: 'core', ownSpecs: ['TS 33.519'] },
  N3IWF: { segment: 'core', ownSpecs: ['TS 33.520'] },
  NWDAF: { segment: 'core', ownSpecs: ['TS 33.521'] },
  SCP: { segment: 'core', ownSpecs: ['TS 33.522'] },
  PCF: { segment: 'core', ownSpecs: ['TS 33.528'] },
  AAnF: { segment: 'core', ownSpecs: ['TS 33.537'] },
  NSSAAF: { segment: 'core', ownSpecs: ['TS 33.326'] },
  MME: { segment: 'core', ownSpecs: ['TS 33.116'] },
  PGW: { segment: 'core', ownSpecs: ['TS 33.250'] },
  IMS: { segment: 'core', ownSpecs: ['TS 33.226'] },
  MnF: { segment: 'core', ownSpecs: ['TS 33.526'] },
} as const satisfies Record<NetworkFunction, NetworkFunctionProfile>;
