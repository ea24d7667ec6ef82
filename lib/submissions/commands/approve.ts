import 'server-only';
import { listDecisions } from '@/db/queries/submissions';
import { certificateIssuedNotice, registryTotalsChanged } from '@/lib/certificates/certificate-effects';
import { conflict } from '@/lib/errors';
import type { AppendedEntry } from '@/lib/log/store/append-entry';
import { decideApproval, REQUIRED_APPROVALS } from '@/lib/workflow/decide-approval';
import { issueCertificate } from './issue-certificate';
import { recordDecision, storeDecisionLogIndex } from './record-decision';
import { moveSubmission, submissionSubject, workflowCommand } from './workflow-command';

/**
 * A regulator approves a submission under review. Four eyes for `core` products: the first
 * approval of a round is only recorded (the submission stays under_review), the second by a
 * different regulator approves it; other segments are approved at once. The same regulator
 * approving twice in a round is refused (409). Logs `decision.approved` with the approvals given
 * and required; the approval that decides also issues the certificate (`certificate.issued`,
 * naming the decision's log index), and the vendor and lab are told.
 */
export const approveCommand = workflowCommand('approve', async (ctx) => {
  const { tx, actor, target, next, version } = ctx;
  const { segment } = version.product;
  const prior = (await listDecisions(tx, target.id)).filter((d) => d.reviewRound === target.reviewRound && d.kind === 'approve');
  const decision = decideApproval({ segment, priorApprovals: prior.map((d) => ({ userId: d.regulatorUserId })), userId: actor.userId });
  if (!decision.ok) throw conflict(decision.message + '.', target.state);
  const isFinal = decision.outcome === 'approved';
  const state = isFinal ? next : target.state;
  const recorded = await recordDecision(ctx, 'approve');
  const updated = await moveSubmission(ctx, state);
  const certificateEntry = isFinal ? await issueCertificate(ctx) : null;
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
        },
      },
      ...(certificateEntry ? [(appended: readonly AppendedEntry[]) => certificateEntry(appended[0].index)] : []),
    ],
    afterLog: storeDecisionLogIndex(recorded.id),
    effects: isFinal ? [registryTotalsChanged(null), certificateIssuedNotice({ submissionId: target.id })] : [],
  };
});
