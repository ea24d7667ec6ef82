import 'server-only';
import { moveSubmission, submissionSubject, workflowCommand } from './workflow-command';

/**
 * The vendor withdraws a submission at any point before a decision (→ withdrawn, final), with an
 * optional reason. Logs `submission.withdrawn`; nobody is notified.
 */
export const withdrawCommand = workflowCommand('withdraw', async (ctx) => {
  const { target, next, input } = ctx;
  const updated = await moveSubmission(ctx, next);
  return {
    result: updated,
    entries: [{ type: 'submission.withdrawn', subject: submissionSubject(target), data: { from: target.state, to: next, reason: input.reason ?? null } }],
  };
});
