import 'server-only';
import { listEvidenceOfSubmission } from '@/db/queries/evidence';
import { listDecisions } from '@/db/queries/submissions';
import { resubmitPreconditions, unmetRefusal } from '../submission-rules';
import { moveSubmission, submissionSubject, workflowCommand } from './workflow-command';

/**
 * The vendor sends a submission back to the lab after a change request (changes_requested →
 * in_evaluation). Needs evidence of the vendor's added since that request (409 otherwise). Logs
 * `submission.resubmitted`; the lab is told.
 */
export const resubmitCommand = workflowCommand('resubmit', async (ctx) => {
  const { tx, target, next, input } = ctx;
  const request = (await listDecisions(tx, target.id)).filter((d) => d.kind === 'request_changes').pop();
  const evidence = await listEvidenceOfSubmission(tx, target.id);
  const unmet = unmetRefusal(
    resubmitPreconditions({ vendorOrgId: target.vendorOrgId, lastRequestAt: request?.createdAt ?? null, evidence }),
    target.state,
    'Add evidence that answers the change request before resubmitting.',
  );
  if (unmet) throw unmet;
  const updated = await moveSubmission(ctx, next);
  return {
    result: updated,
    entries: [{ type: 'submission.resubmitted', subject: submissionSubject(target), data: { from: target.state, to: next, reason: input.reason ?? null } }],
  };
});
