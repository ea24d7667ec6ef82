import { describe, expect, it } from 'vitest';
import { submitEvaluationPreconditions } from '@/lib/workflow/submit-evaluation-preconditions';

const complete = { applicableTestCaseIds: ['a', 'b'], resultTestCaseIds: ['a', 'b'], hasEvaluationReport: true };
const codes = (params: Parameters<typeof submitEvaluationPreconditions>[0]) => submitEvaluationPreconditions(params).map((u) => u.code);

describe('submitting an evaluation with inconclusive results', () => {
  it('needs a verdict that explains them', () => {
    expect(codes({ ...complete, inconclusiveCount: 1, verdict: null })).toEqual(['verdict_missing']);
    expect(codes({ ...complete, inconclusiveCount: 2, verdict: '   ' })).toEqual(['verdict_missing']);
    expect(codes({ ...complete, inconclusiveCount: 1, verdict: 'Retest witnessed; see report.' })).toEqual([]);
  });

  it('needs no verdict without inconclusive results', () => {
    expect(codes({ ...complete, inconclusiveCount: 0, verdict: null })).toEqual([]);
  });

  it('does not judge the verdict before the person has been asked (page readiness)', () => {
    expect(codes({ ...complete, inconclusiveCount: 3 })).toEqual([]);
  });

  it('lists it with the other unmet requirements', () => {
    expect(codes({ ...complete, hasEvaluationReport: false, inconclusiveCount: 1, verdict: null })).toEqual(['evaluation_report_missing', 'verdict_missing']);
  });
});
