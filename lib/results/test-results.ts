/** The outcomes a lab can record for one SCAS test case (the `test_result` enum). Isomorphic. */
export const TEST_RESULTS = ['pass', 'fail', 'inconclusive', 'not_applicable'] as const;

export type TestResult = (typeof TEST_RESULTS)[number];

/** Zero for every result, in {@link TEST_RESULTS} order. */
export function emptyResultCounts(): Record<TestResult, number> {
  return { pass: 0, fail: 0, inconclusive: 0, not_applicable: 0 };
}
