import { NETWORK_FUNCTION_PROFILES } from './network-function-profiles';
import { isNetworkFunction } from './network-functions';
import type { NetworkSegment } from './network-segments';
import { UnknownNetworkFunctionError } from './unknown-network-function-error';

/**
 * The network segment a product implementing `networkFunction` belongs to:
 * gNB, split gNB parts and eNB are `ran`; 5G/EPC core functions, IMS and MnF
 * are `core`.
 * @throws {UnknownNetworkFunctionError} when `networkFunction` is not a known network function.
 */
export function segmentForNetworkFunction(networkFunction: string): NetworkSegment {
  if (!isNetworkFunction(networkFunction)) throw new UnknownNetworkFunctionError(networkFunction);
  return NETWORK_FUNCTION_PROFILES[networkFunction].segment;
}
