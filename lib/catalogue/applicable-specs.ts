import { NETWORK_FUNCTION_PROFILES } from './network-function-profiles';
import { isNetworkFunction } from './network-functions';
import { GENERIC_SCAS_SPEC, VIRTUALIZED_SCAS_SPEC } from './scas-spec-names';
import { UnknownNetworkFunctionError } from './unknown-network-function-error';

/**
 * The SCAS specs a product must be evaluated against, in evaluation order:
 * TS 33.117 (every product), the network function's own SCAS, and TS 33.527
 * when the product is virtualized.
 *
 * Some own specs (TS 33.516 AUSF, 33.520 N3IWF, 33.522 SCP, 33.528 PCF,
 * 33.526 MnF) have no confirmed test cases in the catalogue yet; they are
 * still listed here because they do apply — see `specsWithoutTestCases`.
 * @throws {UnknownNetworkFunctionError} when `networkFunction` is not a known network function.
 */
export function applicableSpecs(networkFunction: string, isVirtualized: boolean): string[] {
  if (!isNetworkFunction(networkFunction)) throw new UnknownNetworkFunctionError(networkFunction);
  const { ownSpecs } = NETWORK_FUNCTION_PROFILES[networkFunction];
  return [GENERIC_SCAS_SPEC, ...ownSpecs, ...(isVirtualized ? [VIRTUALIZED_SCAS_SPEC] : [])];
}
