import type { UnmetRequirement } from './unmet-requirement';

/**
 * What is missing before the lab may `submit_evaluation`: a result for every
 * applicable test case (the missing ids are listed, in applicable order) and
 * an `evaluation_report` evidence file. An empty applicable list is refused
 * too, since every product has at least the TS 33.117 test cases.
 * Results for ids outside the applicable list are not judged here. While any
 * result is inconclusive the lab must say why in its overall verdict.
 */
export function submitEvaluationPreconditions(params: {
  applicableTestCaseIds: readonly string[];
  resultTestCaseIds: readonly string[];
  hasEvaluationReport: boolean;
  /** Inconclusive results among those recorded (0 when not known, as on a page before the verdict is typed). */
  inconclusiveCount?: number;
  /** The overall verdict sent with the evaluation; `undefined` skips the check (the page has not asked yet). */
  verdict?: string | null;
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
  const inconclusive = params.inconclusiveCount ?? 0;
  if (inconclusive > 0 && params.verdict !== undefined && !params.verdict?.trim()) {
    unmet.push({
      code: 'verdict_missing',
      message: `${inconclusive} result${inconclusive === 1 ? ' is' : 's are'} inconclusive: explain in the overall verdict why the evaluation can still be submitted`,
    });
  }
  return unmet;
}
