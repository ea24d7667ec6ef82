import type { SubmissionRow } from '@/db/queries/submissions';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { badRequest, ServiceError } from '@/lib/errors';
import type { StateRefusal } from '@/lib/kernel/command';
import type { ActionBody } from '@/lib/validation/submissions';
import type { WorkflowActorKind } from '@/lib/workflow/actor-kinds';
import { checkSubmissionTransition, describeIllegalTransition } from '@/lib/workflow/check-submission-transition';
import { requiresReason } from '@/lib/workflow/requires-reason';
import { quotedStateLabels } from '@/lib/workflow/submission-state-display';
import type { SubmissionAction } from '@/lib/workflow/submission-actions';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import { findSubmissionTransition } from '@/lib/workflow/submission-transitions';
import type { UnmetRequirement } from '@/lib/workflow/unmet-requirement';

/** The role an organisation plays in the submission workflow; operators play none. */
export function workflowActorKind(actor: Pick<Actor, 'orgKind'>): WorkflowActorKind | null {
  return actor.orgKind === 'operator' ? null : actor.orgKind;
}

/** The 403 reason when `actor` may never open a submission, else null. */
export function submissionCreateDenial(actor: Actor): string | null {
  return can(actor, 'submission.create') ? null : 'Only vendors open submissions.';
}

/** The 403 reason when `actor` (who sees the submission) may not change its lab, else null. */
export function labChangeDenial(actor: Actor): string | null {
  return actor.orgKind === 'vendor' ? null : 'Only the vendor changes the lab.';
}

/** The lab of a submission can be changed only while it is a draft (after a decline, say). */
export function labChangeRefusal(row: Pick<SubmissionRow, 'state'>): StateRefusal | null {
  if (row.state === 'draft') return null;
  return { message: `The lab can only be changed in state “Draft”; the submission is ${quotedStateLabels([row.state])}.`, currentState: row.state };
}

/**
 * The 403 reason when `actor` may not fire `action` on a submission in `state` they can see:
 * operators take no part; otherwise the transition table names who fires it. An action that is
 * illegal in `state` altogether is not a 403 but {@link submissionActionRefusal}'s 409.
 */
export function submissionActionDenial(actor: Actor, state: SubmissionState, action: SubmissionAction): string | null {
  const kind = workflowActorKind(actor);
  if (!kind) return 'Operators take no part in the submission workflow.';
  const check = checkSubmissionTransition({ state, action, actorKind: kind });
  return !check.ok && check.code === 'wrong_actor' ? check.message : null;
}

/** The 409 refusal, naming the state, when `action` is illegal in `state`; else null. */
export function submissionActionRefusal(state: SubmissionState, action: SubmissionAction): StateRefusal | null {
  if (findSubmissionTransition(state, action)) return null;
  return { message: `${describeIllegalTransition(state, action)}.`, currentState: state };
}

/** The 400 for an action that needs a reason (decline, reject, request changes) sent without one. */
export function missingReason(action: SubmissionAction): ServiceError | null {
  if (!requiresReason(action)) return null;
  return badRequest(`A reason is required to ${action.replace('_', ' ')}.`, [{ path: 'reason', message: 'Required' }]);
}

/** The 400 for fields that belong to another action: `conditions` only to approve, `verdict` only to submit an evaluation. */
export function misplacedFields(action: SubmissionAction, body: ActionBody): ServiceError | null {
  const fields = [
    body.conditions !== undefined && action !== 'approve' ? { path: 'conditions', message: 'Conditions can only be attached to an approval' } : null,
    body.verdict !== undefined && action !== 'submit_evaluation' ? { path: 'verdict', message: 'A verdict is sent only with the evaluation' } : null,
  ].filter((f): f is { path: string; message: string } => f !== null);
  return fields.length ? badRequest(`${fields.map((f) => f.message).join('; ')}.`, fields) : null;
}

/** The reason of an action that requires one; throws its 400 when the body has none. */
export function requiredReason(action: SubmissionAction, body: ActionBody): string {
  if (body.reason) return body.reason;
  throw missingReason(action) ?? new Error(`${action} takes no required reason`);
}

/**
 * The 409 for preconditions that are not met (an action legal in this state, but not yet): lists
 * each unmet requirement with its code, so the page can show what is missing.
 */
export function unmetRefusal(unmet: readonly UnmetRequirement[], state: SubmissionState, message?: string): ServiceError | null {
  if (unmet.length === 0) return null;
  return new ServiceError(409, 'Requirements not met', message ?? unmet.map((u) => u.message).join('; ') + '.', { currentState: state, unmet });
}

/**
 * What a resubmit still needs: the vendor must have answered the last change request with evidence
 * of theirs added after it (any of theirs when there was none).
 */
export function resubmitPreconditions(params: {
  vendorOrgId: string;
  lastRequestAt: Date | null;
  evidence: readonly { uploaderOrgId: string; createdAt: Date }[];
}): UnmetRequirement[] {
  const { vendorOrgId, lastRequestAt, evidence } = params;
  const answered = evidence.some((e) => e.uploaderOrgId === vendorOrgId && (!lastRequestAt || e.createdAt > lastRequestAt));
  return answered ? [] : [{ code: 'evidence_missing', message: 'Add evidence that answers the change request' }];
}
