import type { Actor } from '@/lib/authz/actor';
import type { SubmissionResultsDto } from '@/lib/results/results-dto';
import { decideApproval } from '@/lib/workflow/decide-approval';
import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import type { SubmissionAction } from '@/lib/workflow/submission-actions';
import { submitEvaluationPreconditions } from '@/lib/workflow/submit-evaluation-preconditions';
import { submitPreconditions, type SbomConformanceState } from '@/lib/workflow/submit-preconditions';
import type { SubmissionDetailDto } from './submission-dto';
import { resubmitPreconditions } from './submission-rules';

/** Per action the caller sees: why it cannot succeed yet (empty or absent: it can). */
export type ActionBlocks = Partial<Record<SubmissionAction, string[]>>;

/**
 * Why each action offered to `actor` would be refused now, from the same rule functions the
 * commands enforce (submit: evidence, lab and, when required, SBOM conformance; submit_evaluation: results and report; approve: four
 * eyes; resubmit: evidence answering the change request), so a button is disabled with its reason
 * instead of failing. Inputs the person has not typed yet (reasons, rationale, verdict) are not
 * judged here. `results` is needed only for submit_evaluation; `sbomConformance` (from
 * sbomConformanceForSubmit) only while regulators require SBOM conformance to submit.
 */
export function actionBlocks(
  actor: Pick<Actor, 'userId' | 'orgId'>,
  s: SubmissionDetailDto,
  results: SubmissionResultsDto | null,
  sbomConformance?: SbomConformanceState,
): ActionBlocks {
  const blocks: ActionBlocks = {};
  const offered = new Set(s.availableActions);
  const add = (action: SubmissionAction, messages: string[]) => {
    if (offered.has(action) && messages.length) blocks[action] = messages;
  };
  add('submit', submitPreconditions({ evidenceCount: s.evidence.length, labOrgId: s.lab?.id, sbomConformance }).map((u) => u.message));
  if (results) {
    add(
      'submit_evaluation',
      submitEvaluationPreconditions({
        applicableTestCaseIds: results.items.map((i) => i.testCaseId),
        resultTestCaseIds: results.items.filter((i) => i.result !== null).map((i) => i.testCaseId),
        hasEvaluationReport: s.evidence.some((e) => e.kind === 'evaluation_report' && e.uploaderOrgId === actor.orgId),
      }).map((u) => u.message),
    );
  }
  const approvals = s.decisions.filter((d) => d.kind === 'approve' && d.reviewRound === s.reviewRound).map((d) => ({ userId: d.regulatorUserId }));
  const approval = decideApproval({ segment: s.product.segment as NetworkSegment, priorApprovals: approvals, userId: actor.userId });
  add('approve', approval.ok ? [] : ['You have already approved in this review round; the second approval must come from a different regulator']);
  const lastRequest = s.decisions.filter((d) => d.kind === 'request_changes').at(-1);
  add(
    'resubmit',
    resubmitPreconditions({
      vendorOrgId: s.vendor.id,
      lastRequestAt: lastRequest ? new Date(lastRequest.createdAt) : null,
      evidence: s.evidence.map((e) => ({ uploaderOrgId: e.uploaderOrgId, createdAt: new Date(e.createdAt) })),
    }).map((u) => u.message),
  );
  return blocks;
}
