import type { WorkflowActorKind } from './actor-kinds';
import type { SubmissionAction } from './submission-actions';
import type { SubmissionState } from './submission-states';
import { quotedStateLabels } from './submission-state-display';
import { findSubmissionTransition } from './submission-transitions';

const ACTION_PHRASES = {
  submit: 'submit a submission',
  withdraw: 'withdraw a submission',
  accept: 'accept a submission',
  decline: 'decline a submission',
  submit_evaluation: 'submit the evaluation of a submission',
  approve: 'approve a submission',
  reject: 'reject a submission',
  request_changes: 'request changes to a submission',
  resubmit: 'resubmit a submission',
} as const satisfies Record<SubmissionAction, string>;

const ACTOR_NAMES = {
  vendor: 'the vendor',
  lab: 'the lab',
  regulator: 'a regulator',
} as const satisfies Record<WorkflowActorKind, string>;

/** The error message for an action that is illegal in `state`, e.g. "Cannot approve a submission in state “Draft”". */
export function describeIllegalTransition(state: SubmissionState, action: SubmissionAction): string {
  return `Cannot ${ACTION_PHRASES[action]} in state ${quotedStateLabels([state])}`;
}

/** Outcome of {@link checkSubmissionTransition}. */
export type SubmissionTransitionCheck =
  | { readonly ok: true; readonly next: SubmissionState }
  | { readonly ok: false; readonly code: 'illegal_transition' | 'wrong_actor'; readonly message: string };

/**
 * Whether `actorKind` may fire `action` in `state`, with the next state or a
 * user-facing reason. An illegal transition is reported before a wrong actor
 * so the message always names the current state when the state is the problem.
 */
export function checkSubmissionTransition(params: {
  state: SubmissionState;
  action: SubmissionAction;
  actorKind: WorkflowActorKind;
}): SubmissionTransitionCheck {
  const { state, action, actorKind } = params;
  const transition = findSubmissionTransition(state, action);
  if (transition === null) {
    return { ok: false, code: 'illegal_transition', message: describeIllegalTransition(state, action) };
  }
  if (transition.actor !== actorKind) {
    return {
      ok: false,
      code: 'wrong_actor',
      message: `Only ${ACTOR_NAMES[transition.actor]} can ${ACTION_PHRASES[action]} in state ${quotedStateLabels([state])}`,
    };
  }
  return { ok: true, next: transition.next };
}
