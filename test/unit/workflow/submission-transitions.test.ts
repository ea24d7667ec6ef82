import { describe, expect, it } from 'vitest';
import { WORKFLOW_ACTOR_KINDS } from '@/lib/workflow/actor-kinds';
import type { WorkflowActorKind } from '@/lib/workflow/actor-kinds';
import { checkSubmissionTransition, describeIllegalTransition } from '@/lib/workflow/check-submission-transition';
import { SUBMISSION_ACTIONS } from '@/lib/workflow/submission-actions';
import type { SubmissionAction } from '@/lib/workflow/submission-actions';
import { SUBMISSION_STATES, isTerminalSubmissionState } from '@/lib/workflow/submission-states';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import {
  availableActions,
  canFire,
  findSubmissionTransition,
  nextState,
} from '@/lib/workflow/submission-transitions';

// Written out from the PRODUCT.md diagram, independently of the implementation.
const DIAGRAM: readonly (readonly [SubmissionState, SubmissionAction, SubmissionState, WorkflowActorKind])[] = [
  ['draft', 'submit', 'submitted', 'vendor'],
  ['submitted', 'accept', 'in_evaluation', 'lab'],
  ['submitted', 'decline', 'draft', 'lab'],
  ['in_evaluation', 'submit_evaluation', 'under_review', 'lab'],
  ['under_review', 'approve', 'approved', 'regulator'],
  ['under_review', 'reject', 'rejected', 'regulator'],
  ['under_review', 'request_changes', 'changes_requested', 'regulator'],
  ['changes_requested', 'resubmit', 'in_evaluation', 'vendor'],
  ['draft', 'withdraw', 'withdrawn', 'vendor'],
  ['submitted', 'withdraw', 'withdrawn', 'vendor'],
  ['in_evaluation', 'withdraw', 'withdrawn', 'vendor'],
  ['under_review', 'withdraw', 'withdrawn', 'vendor'],
  ['changes_requested', 'withdraw', 'withdrawn', 'vendor'],
];

function expectedCell(state: SubmissionState, action: SubmissionAction) {
  const row = DIAGRAM.find(([from, act]) => from === state && act === action);
  return row ? { next: row[2], actor: row[3] } : null;
}

const ALL_CELLS = SUBMISSION_STATES.flatMap((state) => SUBMISSION_ACTIONS.map((action) => [state, action] as const));

describe('submission transition table', () => {
  it('has 8 states, 9 actions and 72 cells', () => {
    expect(SUBMISSION_STATES).toHaveLength(8);
    expect(SUBMISSION_ACTIONS).toHaveLength(9);
    expect(ALL_CELLS).toHaveLength(72);
  });

  it.each(ALL_CELLS)('%s × %s matches the diagram', (state, action) => {
    const expected = expectedCell(state, action);
    expect(nextState(state, action)).toBe(expected?.next ?? null);
    expect(findSubmissionTransition(state, action)).toEqual(expected);
    for (const actorKind of WORKFLOW_ACTOR_KINDS) {
      expect(canFire({ state, action, actorKind })).toBe(expected?.actor === actorKind);
    }
  });

  it.each(ALL_CELLS)('%s × %s is refused with the right error when not allowed', (state, action) => {
    const expected = expectedCell(state, action);
    for (const actorKind of WORKFLOW_ACTOR_KINDS) {
      const check = checkSubmissionTransition({ state, action, actorKind });
      if (expected === null) {
        expect(check).toEqual({
          ok: false,
          code: 'illegal_transition',
          message: describeIllegalTransition(state, action),
        });
      } else if (expected.actor === actorKind) {
        expect(check).toEqual({ ok: true, next: expected.next });
      } else {
        expect(check).toMatchObject({ ok: false, code: 'wrong_actor' });
      }
    }
  });

  it.each(SUBMISSION_STATES.flatMap((state) => WORKFLOW_ACTOR_KINDS.map((actor) => [state, actor] as const)))(
    'availableActions(%s, %s) lists exactly the allowed actions',
    (state, actorKind) => {
      const expected = DIAGRAM.filter(([from, , , actor]) => from === state && actor === actorKind).map(
        ([, action]) => action,
      );
      expect([...availableActions(state, actorKind)].sort()).toEqual([...expected].sort());
    },
  );

  it('offers the buttons each party expects', () => {
    expect(availableActions('draft', 'vendor')).toEqual(['submit', 'withdraw']);
    expect(availableActions('submitted', 'lab')).toEqual(['accept', 'decline']);
    expect(availableActions('under_review', 'regulator')).toEqual(['approve', 'reject', 'request_changes']);
    expect(availableActions('under_review', 'lab')).toEqual([]);
  });

  it('treats approved, rejected and withdrawn as terminal and nothing else', () => {
    for (const state of SUBMISSION_STATES) {
      const isTerminal = ['approved', 'rejected', 'withdrawn'].includes(state);
      expect(isTerminalSubmissionState(state)).toBe(isTerminal);
      for (const actorKind of WORKFLOW_ACTOR_KINDS) {
        expect(availableActions(state, actorKind).length === 0).toBe(
          isTerminal || DIAGRAM.every(([from, , , actor]) => from !== state || actor !== actorKind),
        );
      }
    }
  });
});

describe('illegal transition messages', () => {
  it('names the action and the current state', () => {
    expect(describeIllegalTransition('draft', 'approve')).toBe('Cannot approve a submission in state “Draft”');
    expect(describeIllegalTransition('approved', 'withdraw')).toBe('Cannot withdraw a submission in state “Approved”');
    expect(describeIllegalTransition('draft', 'submit_evaluation')).toBe(
      'Cannot submit the evaluation of a submission in state “Draft”',
    );
  });

  it('names the party that may fire an action when the wrong one tries', () => {
    expect(checkSubmissionTransition({ state: 'under_review', action: 'approve', actorKind: 'vendor' })).toEqual({
      ok: false,
      code: 'wrong_actor',
      message: 'Only a regulator can approve a submission in state “Under review”',
    });
  });
});
