import 'server-only';
import { requiredReason } from '../submission-rules';
import { moveSubmission, submissionSubject, workflowCommand } from './workflow-command';

/**
 * The assigned lab declines a submitted assignment, with a reason (submitted → draft): the draft
 * goes back to the vendor, who may choose another lab, and the lab no longer sees it. Logs
 * `submission.declined`; the vendor is told, with the reason.
 */
export const declineCommand = workflowCommand('decline', async (ctx) => {
  const { target, next, input } = ctx;
  const reason = requiredReason('decline', input);
  const updated = await moveSubmission(ctx, next);
  return {
    result: updated,
    entries: [{ type: 'submission.declined', subject: submissionSubject(target), data: { from: target.state, to: next, reason } }],
  };
});
