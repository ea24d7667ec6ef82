import 'server-only';
import { recordDecision, storeDecisionLogIndex } from './record-decision';
import { moveSubmission, submissionSubject, workflowCommand } from './workflow-command';

/**
 * A regulator rejects a submission under review, with a reason (→ rejected, final). Logs
 * `decision.rejected`; the vendor and lab are told, with the reason.
 */
export const rejectCommand = workflowCommand('reject', async (ctx) => {
  const { target, next } = ctx;
  const recorded = await recordDecision(ctx, 'reject');
  const updated = await moveSubmission(ctx, next);
  return {
    result: updated,
    entries: [
      {
        type: 'decision.rejected',
        subject: submissionSubject(target),
        data: { from: target.state, to: next, decisionId: recorded.id, reason: recorded.reason, reviewRound: target.reviewRound },
      },
    ],
    afterLog: storeDecisionLogIndex(recorded.id),
  };
});
