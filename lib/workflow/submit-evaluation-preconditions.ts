import type { UnmetRequirement } from './unmet-requirement';

/**
 * What is missing before the lab may `submit_evaluation`: a result for every
 * applicable test case (the missing ids are listed, in applicable order) and
 * an `evaluation_report` evidence file. An empty applicable list is refused
 * too, since every product has at least the TS 33.117 test cases.
 * Results for ids outside the applicable list are not judged here.
 */
export function submitEvaluationPreconditions(params: {
  applicableTestCaseIds: readonly string[];
  resultTestCaseIds: readonly string[];
  hasEvaluationReport: boolean;
}): UnmetRequirement[] {
  const unmet: UnmetRequirement[] = [];
  if (params.applicableTestCaseIds.length === 0) {
    unmet.push({ code: 'no_applicable_test_cases', message: 'No applicable test cases are known for this product' });
  }
  const recorded = new Set(params.resultTestCaseIds);
  const missing = [...new Set(params.applicableTestCaseIds)].filter((id) => !recorded.has(id));
  if (missing.length > 0) {
    unmet.push({
      code: 'results_missing',
      message: `Record a result for ${missing.length} more test case${missing.length === 1 ? '' : 's'}`,
      testCaseIds: missing,
    });
  }
  if (!params.hasEvaluationReport) {
    unmet.push({ code: 'evaluation_report_missing', message: 'Attach the evaluation report' });
  }
  return unmet;
}
