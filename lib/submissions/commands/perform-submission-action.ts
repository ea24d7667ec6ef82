import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import type { IfMatch } from '@/lib/http/if-match';
import { runCommand } from '@/lib/kernel/run-command';
import type { SubmissionAction } from '@/lib/workflow/submission-actions';
import type { SubmissionDetailDto, SubmissionOutOfReachDto } from '../submission-dto';
import { acceptCommand } from './accept';
import { approveCommand } from './approve';
import { declineCommand } from './decline';
import { rejectCommand } from './reject';
import { requestChangesCommand } from './request-changes';
import { resubmitCommand } from './resubmit';
import { submitCommand } from './submit';
import { submitEvaluationCommand } from './submit-evaluation';
import { withdrawCommand } from './withdraw';

/** Each workflow action's command; its rules are in the file of the same name. */
const WORKFLOW_COMMANDS = {
  submit: submitCommand,
  withdraw: withdrawCommand,
  accept: acceptCommand,
  decline: declineCommand,
  submit_evaluation: submitEvaluationCommand,
  approve: approveCommand,
  reject: rejectCommand,
  request_changes: requestChangesCommand,
  resubmit: resubmitCommand,
} satisfies Record<SubmissionAction, unknown>;

/**
 * Fires a workflow action on a submission (PRODUCT.md; see `workflowCommand` for the refusals every
 * action shares and each action's command for its own). `ifMatch` is the caller's `If-Match` or
 * the submission version their page showed. Answers the submission as the actor now sees it, or
 * `SubmissionOutOfReachDto` when the action took it out of their sight.
 */
export function performSubmissionAction(
  actor: Actor,
  submissionId: string,
  action: SubmissionAction,
  input: unknown,
  ifMatch?: IfMatch,
): Promise<SubmissionDetailDto | SubmissionOutOfReachDto> {
  return runCommand(WORKFLOW_COMMANDS[action], actor, { id: submissionId }, input, { ifMatch });
}
