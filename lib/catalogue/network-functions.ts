/**
 * Every network function (3GPP network product class) named in an
 * `applies_to` of db/data/scas-catalogue.json, excluding the generic `*`,
 * in catalogue order. A unit test keeps this list equal to the catalogue.
 */
export const NETWORK_FUNCTIONS = [
  'gNB',
  'gNB-CU',
  'gNB-CU-CP',
  'gNB-CU-UP',
  'gNB-DU',
  'eNB',
  'AMF',
  'UPF',
  'UDM',
  'SMF',
  'AUSF',
  'SEPP',
  'NRF',
  'NEF',
  'N3IWF',
  'NWDAF',
  'SCP',
  'PCF',
  'AAnF',
  'NSSAAF',
  'MME',
  'PGW',
  'IMS',
  'MnF',
] as const;

/** A network function a product can implement. */
export type NetworkFunction = (typeof NETWORK_FUNCTIONS)[number];

/** True when `value` is exactly (case-sensitively) one of {@link NETWORK_FUNCTIONS}. */
export function isNetworkFunction(value: unknown): value is NetworkFunction {
  return typeof value === 'string' && (NETWORK_FUNCTIONS as readonly string[]).includes(value);
}
