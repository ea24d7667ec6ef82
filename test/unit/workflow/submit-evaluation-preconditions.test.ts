import { describe, expect, it } from 'vitest';
import { submitEvaluationPreconditions } from '@/lib/workflow/submit-evaluation-preconditions';

const applicable = ['33.117-4.2.3.2.2', '33.117-4.4.2', '33.512-4.2.2.1.1'];

describe('submitEvaluationPreconditions', () => {
  it('is met with a result for every applicable test case and a report', () => {
    expect(
      submitEvaluationPreconditions({
        applicableTestCaseIds: applicable,
        resultTestCaseIds: [...applicable].reverse(),
        hasEvaluationReport: true,
      }),
    ).toEqual([]);
  });

  it('lists the test cases still without a result, in applicable order', () => {
    expect(
      submitEvaluationPreconditions({
        applicableTestCaseIds: applicable,
        resultTestCaseIds: ['33.117-4.4.2', '33.117-4.4.2', '33.999-1'],
        hasEvaluationReport: true,
      }),
    ).toEqual([
      {
        code: 'results_missing',
        message: 'Record a result for 2 more test cases',
        testCaseIds: ['33.117-4.2.3.2.2', '33.512-4.2.2.1.1'],
      },
    ]);
  });

  it('needs the evaluation report', () => {
    expect(
      submitEvaluationPreconditions({ applicableTestCaseIds: applicable, resultTestCaseIds: applicable, hasEvaluationReport: false }).map(
        (u) => u.code,
      ),
    ).toEqual(['evaluation_report_missing']);
  });

  it('refuses an evaluation with no applicable test cases', () => {
    expect(
      submitEvaluationPreconditions({ applicableTestCaseIds: [], resultTestCaseIds: [], hasEvaluationReport: true }).map((u) => u.code),
    ).toEqual(['no_applicable_test_cases']);
  });
});
