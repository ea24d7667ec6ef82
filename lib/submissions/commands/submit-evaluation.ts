import 'server-only';
import { listEvidenceOfSubmission, resultCountsOfSubmission, resultTestCaseIds } from '@/db/queries/evidence';
import { applicableTestCases } from '@/lib/catalogue/applicable-test-cases';
import { scasCatalogue } from '@/lib/catalogue/scas-catalogue';
import { submitEvaluationPreconditions } from '@/lib/workflow/submit-evaluation-preconditions';
import { unmetRefusal } from '../submission-rules';
import { moveSubmission, submissionSubject, workflowCommand } from './workflow-command';

/**
 * The assigned lab sends its evaluation to the regulators (in_evaluation → under_review), opening
 * a new review round. Needs a result for every applicable test case and an evaluation report of
 * the lab's own, and — while any result is inconclusive — an overall verdict saying why (409 listing
 * what is missing). Stores the verdict; logs `evaluation.submitted` with the round, the result count
 * and the verdict; every regulator is told.
 */
export const submitEvaluationCommand = workflowCommand('submit_evaluation', async (ctx) => {
  const { tx, actor, target, next, version } = ctx;
  const { product } = version;
  const applicable = applicableTestCases(scasCatalogue, product.networkFunction, product.isVirtualized).map((t) => t.id);
  const recorded = await resultTestCaseIds(tx, target.id);
  const reports = (await listEvidenceOfSubmission(tx, target.id)).filter((e) => e.kind === 'evaluation_report' && e.uploaderOrgId === actor.orgId);
  const counts = await resultCountsOfSubmission(tx, target.id);
  const inconclusiveCount = counts.find((c) => c.result === 'inconclusive')?.n ?? 0;
  const verdict = ctx.input.verdict ?? null;
  const unmet = unmetRefusal(
    submitEvaluationPreconditions({
      applicableTestCaseIds: applicable,
      resultTestCaseIds: recorded,
      hasEvaluationReport: reports.length > 0,
      inconclusiveCount,
      verdict,
    }),
    target.state,
  );
  if (unmet) throw unmet;
  const reviewRound = target.reviewRound + 1;
  const updated = await moveSubmission(ctx, next, { reviewRound, evaluationVerdict: verdict });
  return {
    result: updated,
    entries: [
      { type: 'evaluation.submitted', subject: submissionSubject(target), data: { from: target.state, to: next, reviewRound, resultCount: recorded.length, verdict } },
    ],
  };
});
