import type { WorkflowActorKind } from './actor-kinds';
import { SUBMISSION_ACTIONS } from './submission-actions';
import type { SubmissionAction } from './submission-actions';
import type { SubmissionState } from './submission-states';

/** Where an action leads and which organisation kind may fire it. */
export type SubmissionTransition = {
  readonly next: SubmissionState;
  readonly actor: WorkflowActorKind;
};

const withdraw = { next: 'withdrawn', actor: 'vendor' } as const satisfies SubmissionTransition;

/**
 * The submission workflow of PRODUCT.md: `state × action → { next, actor }`;
 * a missing cell is an illegal transition.
 *
 * `approve` leads to `approved`, but for a `core` product the first approval
 * leaves the submission `under_review` — see `decideApproval`.
 * `withdraw` is allowed in every state before a decision; `changes_requested`
 * counts as before a decision because the regulator's decision is still
 * pending on the resubmitted evaluation.
 * Relationship checks (owning vendor, assigned lab) are the services' job.
 */
export const SUBMISSION_TRANSITIONS = {
  draft: {
    submit: { next: 'submitted', actor: 'vendor' },
    withdraw,
  },
  submitted: {
    accept: { next: 'in_evaluation', actor: 'lab' },
    decline: { next: 'draft', actor: 'lab' },
    withdraw,
  },
  in_evaluation: {
    submit_evaluation: { next: 'under_review', actor: 'lab' },
    withdraw,
  },
  under_review: {
    approve: { next: 'approved', actor: 'regulator' },
    reject: { next: 'rejected', actor: 'regulator' },
    request_changes: { next: 'changes_requested', actor: 'regulator' },
    withdraw,
  },
  changes_requested: {
    resubmit: { next: 'in_evaluation', actor: 'vendor' },
    withdraw,
  },
  approved: {},
  rejected: {},
  withdrawn: {},
} as const satisfies Record<SubmissionState, Partial<Record<SubmissionAction, SubmissionTransition>>>;

/** The transition for `action` in `state`, or null when the action is illegal there. */
export function findSubmissionTransition(
  state: SubmissionState,
  action: SubmissionAction,
): SubmissionTransition | null {
  const row: Partial<Record<SubmissionAction, SubmissionTransition>> = SUBMISSION_TRANSITIONS[state];
  return row[action] ?? null;
}

/** The state `action` leads to from `state`, or null when the action is illegal there. */
export function nextState(state: SubmissionState, action: SubmissionAction): SubmissionState | null {
  return findSubmissionTransition(state, action)?.next ?? null;
}

/** True when an organisation of `actorKind` may fire `action` on a submission in `state`. */
export function canFire(params: {
  state: SubmissionState;
  action: SubmissionAction;
  actorKind: WorkflowActorKind;
}): boolean {
  return findSubmissionTransition(params.state, params.action)?.actor === params.actorKind;
}

/**
 * The actions an organisation of `actorKind` may fire in `state`, in
 * `SUBMISSION_ACTIONS` order — exactly the buttons the server will accept.
 */
export function availableActions(state: SubmissionState, actorKind: WorkflowActorKind): SubmissionAction[] {
  return SUBMISSION_ACTIONS.filter((action) => canFire({ state, action, actorKind }));
}
