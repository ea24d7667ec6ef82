import 'server-only';
import { recordDecision, storeDecisionLogIndex } from './record-decision';
import { moveSubmission, submissionSubject, workflowCommand } from './workflow-command';

/**
 * A regulator asks the vendor for changes, with a reason (under_review → changes_requested): the
 * vendor answers with evidence and resubmits. Logs `decision.changes_requested`; the vendor and lab
 * are told, with the reason.
 */
export const requestChangesCommand = workflowCommand('request_changes', async (ctx) => {
  const { target, next } = ctx;
  const recorded = await recordDecision(ctx, 'request_changes');
  const updated = await moveSubmission(ctx, next);
  return {
    result: updated,
    entries: [
      {
        type: 'decision.changes_requested',
        subject: submissionSubject(target),
        data: { from: target.state, to: next, decisionId: recorded.id, reason: recorded.reason, reviewRound: target.reviewRound },
      },
    ],
    afterLog: storeDecisionLogIndex(recorded.id),
  };
});
