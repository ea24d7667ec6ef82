import { applicableSpecs } from './applicable-specs';
import type { Catalogue } from './catalogue-schema';

/**
 * Applicable specs for which the catalogue holds no test cases (e.g. TS 33.516
 * for AUSF). An evaluation of such a product covers only the generic test
 * cases, so the UI and reviewers should be warned.
 * @throws {UnknownNetworkFunctionError} when `networkFunction` is not a known network function.
 */
export function specsWithoutTestCases(
  catalogue: Catalogue,
  networkFunction: string,
  isVirtualized: boolean,
): string[] {
  return applicableSpecs(networkFunction, isVirtualized).filter((specName) => {
    const spec = catalogue.specs.find((candidate) => candidate.spec === specName);
    return spec === undefined || spec.test_cases.length === 0;
  });
}
