import { applicableSpecs } from './applicable-specs';
import type { Catalogue } from './catalogue-schema';

/** A test case a lab must record a result for, flattened with its spec. */
export type ApplicableTestCase = {
  /** Catalogue id, `<spec number>-<clause>`, e.g. `33.512-4.2.2.1.1`. */
  readonly id: string;
  readonly spec: string;
  readonly specVersion: string;
  readonly clause: string;
  readonly title: string;
  readonly group: string;
  /** Test-case names as parsed from the spec text (may hold stray spaces); empty when none were parsed. */
  readonly testNames: readonly string[];
  /** `test_case_count` when catalogued, else the number of test names (at least 1). */
  readonly testCaseCount: number;
};

/**
 * The catalogue entries that apply to a product, in the order of
 * {@link applicableSpecs} and then catalogue order. One result is expected per
 * returned entry.
 * @throws {UnknownNetworkFunctionError} when `networkFunction` is not a known network function.
 * @throws {Error} when the catalogue lacks one of the applicable specs, or a spec with test cases has no version.
 */
export function applicableTestCases(
  catalogue: Catalogue,
  networkFunction: string,
  isVirtualized: boolean,
): ApplicableTestCase[] {
  return applicableSpecs(networkFunction, isVirtualized).flatMap((specName) => {
    const spec = catalogue.specs.find((candidate) => candidate.spec === specName);
    if (spec === undefined) throw new Error(`SCAS catalogue has no spec ${specName}`);
    const specVersion = spec.version;
    if (specVersion === undefined && spec.test_cases.length > 0) {
      throw new Error(`SCAS catalogue spec ${specName} has test cases but no version`);
    }
    return spec.test_cases.map((testCase) => ({
      id: testCase.id,
      spec: spec.spec,
      specVersion: specVersion ?? '',
      clause: testCase.clause,
      title: testCase.title,
      group: testCase.group,
      testNames: testCase.test_names ?? [],
      testCaseCount: testCase.test_case_count ?? Math.max(1, testCase.test_names?.length ?? 0),
    }));
  });
}
