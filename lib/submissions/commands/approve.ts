import 'server-only';
import { openIssuesOf } from '@/db/queries/decision-panel';
import { listDecisions } from '@/db/queries/submissions';
import { certificateIssuedNotice, registryTotalsChanged } from '@/lib/certificates/certificate-effects';
import { conflict } from '@/lib/errors';
import type { AppendedEntry } from '@/lib/log/store/append-entry';
import { rationaleRequirement } from '@/lib/workflow/approval-rationale';
import { decideApproval, REQUIRED_APPROVALS } from '@/lib/workflow/decide-approval';
import { unmetRefusal } from '../submission-rules';
import { issueCertificate } from './issue-certificate';
import { recordDecision, storeDecisionLogIndex } from './record-decision';
import { moveSubmission, submissionSubject, workflowCommand } from './workflow-command';

/**
 * A regulator approves a submission under review. Four eyes for `core` products: the first
 * approval of a round is only recorded (the submission stays under_review), the second by a
 * different regulator approves it; other segments are approved at once. The same regulator
 * approving twice in a round is refused (409). With any failed or inconclusive result, or any
 * advisory match of the version still `affected`, the approval needs a rationale (`reason`; 409
 * `rationale_missing` without one). Conditions may be attached. Logs `decision.approved` with the
 * approvals given and required, the rationale, the conditions and what was open; the approval that
 * decides also issues the certificate (`certificate.issued`, naming the decision's log index and
 * publishing the round's rationales and conditions), and the vendor and lab are told.
 */
export const approveCommand = workflowCommand('approve', async (ctx) => {
  const { tx, actor, target, next, version, input } = ctx;
  const { segment } = version.product;
  const prior = (await listDecisions(tx, target.id)).filter((d) => d.reviewRound === target.reviewRound && d.kind === 'approve');
  const decision = decideApproval({ segment, priorApprovals: prior.map((d) => ({ userId: d.regulatorUserId })), userId: actor.userId });
  if (!decision.ok) throw conflict(decision.message + '.', target.state);
  const openIssues = await openIssuesOf(tx, target.id, target.productVersionId);
  const required = rationaleRequirement(openIssues);
  if (required && !input.reason) throw unmetRefusal([{ code: 'rationale_missing', message: required }], target.state);
  const conditions = input.conditions ?? [];
  const isFinal = decision.outcome === 'approved';
  const state = isFinal ? next : target.state;
  const recorded = await recordDecision(ctx, 'approve', conditions);
  const updated = await moveSubmission(ctx, state);
  const round = [...prior, recorded];
  const certificateEntry = isFinal
    ? await issueCertificate(ctx, {
        rationales: round.flatMap((d) => (d.reason ? [d.reason] : [])),
        conditions: [...new Set(round.flatMap((d) => d.conditions))],
      })
    : null;
  return {
    result: updated,
    entries: [
      {
        type: 'decision.approved',
        subject: submissionSubject(target),
        data: {
          from: target.state,
          to: state,
          decisionId: recorded.id,
          reason: recorded.reason,
          reviewRound: target.reviewRound,
          approvals: { given: prior.length + 1, required: REQUIRED_APPROVALS[segment] },
          conditions,
          openIssues,
        },
      },
      ...(certificateEntry ? [(appended: readonly AppendedEntry[]) => certificateEntry(appended[0].index)] : []),
    ],
    afterLog: storeDecisionLogIndex(recorded.id),
    effects: isFinal ? [registryTotalsChanged(null), certificateIssuedNotice({ submissionId: target.id })] : [],
  };
});
