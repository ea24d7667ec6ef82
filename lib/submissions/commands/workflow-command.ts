import 'server-only';
import type { Tx } from '@/db/client';
import { findVersionWithProduct } from '@/db/queries/products';
import * as q from '@/db/queries/submissions';
import { conflict } from '@/lib/errors';
import { defineCommand, type Applied, type ApplyContext } from '@/lib/kernel/command';
import { actionBodySchema, type ActionBody } from '@/lib/validation/submissions';
import { isUuid } from '@/lib/validation/uuid';
import type { SubmissionAction } from '@/lib/workflow/submission-actions';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import { findSubmissionTransition } from '@/lib/workflow/submission-transitions';
import { readSubmissionAfterAction } from '../read-submissions';
import { submissionActionNotice } from '../submission-effects';
import { misplacedFields, missingReason, submissionActionDenial, submissionActionRefusal } from '../submission-rules';

type WorkflowKey = { id: string };

/** A product version with its product and its vendor's name and group. */
type VersionWithProduct = NonNullable<Awaited<ReturnType<typeof findVersionWithProduct>>>;

/** What an action's own step sees: the locked submission, the state the table leads to, its product. */
export type WorkflowContext = ApplyContext<WorkflowKey, ActionBody, q.SubmissionRow> & {
  /** The state the transition table leads to (an approval short of four eyes stays where it is). */
  next: SubmissionState;
  version: VersionWithProduct;
};

/** An action's own step: checks its preconditions, writes the change and names its log entries. */
type WorkflowStep = (ctx: WorkflowContext) => Promise<Applied<q.SubmissionRow>>;

/**
 * One workflow action on a submission (PRODUCT.md) as a command. Every action shares the same
 * frame: the row is loaded visible-or-404 and locked (racing actions queue, and all but the first
 * find the state moved on); operators and the wrong organisation kind get 403; an action illegal in
 * the current state 409 naming it; a stale `If-Match` 412; a missing required reason 400. The
 * action's own `step` then checks its preconditions (409 listing what is unmet) and writes the
 * change; the people it concerns are told after commit. The answer is the submission as the actor
 * now sees it, or `SubmissionOutOfReachDto` when the action took it out of their sight.
 */
export function workflowCommand(action: SubmissionAction, step: WorkflowStep) {
  return defineCommand({
    name: `submission.${action}`,
    subject: 'Submission',
    input: actionBodySchema,
    load: async (tx, key: WorkflowKey, actor) => (isUuid(key.id) ? q.findVisibleSubmission(tx, actor, key.id, { lock: true }) : null),
    authorize: ({ actor, target }) => submissionActionDenial(actor, target.state, action),
    checkState: ({ target }) => submissionActionRefusal(target.state, action),
    entityTag: (target) => String(target.version),
    async apply(ctx) {
      const missing = ctx.input.reason ? null : missingReason(action);
      if (missing) throw missing;
      const misplaced = misplacedFields(action, ctx.input);
      if (misplaced) throw misplaced;
      const next = findSubmissionTransition(ctx.target.state, action)!.next;
      const version = (await findVersionWithProduct(ctx.tx, ctx.target.productVersionId))!;
      const applied = await step({ ...ctx, next, version });
      const notice = submissionActionNotice({ actor: ctx.actor, action, submission: applied.result, reason: ctx.input.reason });
      return { ...applied, effects: [...(applied.effects ?? []), notice] };
    },
    readBack: (actor, submission, _appended, db) => readSubmissionAfterAction(actor, submission, db),
  });
}

/**
 * Writes the submission's new state (and any other columns) on the locked row; the version check
 * in the update can only fail if something bypassed the lock.
 */
export async function moveSubmission(
  ctx: { tx: Tx; target: q.SubmissionRow },
  state: SubmissionState,
  values: Partial<Omit<q.SubmissionRow, 'id' | 'version' | 'state'>> = {},
): Promise<q.SubmissionRow> {
  const updated = await q.updateSubmission(ctx.tx, ctx.target.id, ctx.target.version, { state, ...values });
  if (!updated) throw conflict('The submission changed while you were acting on it; reload and retry.', ctx.target.state);
  return updated;
}

/** The subject of every submission entry. */
export const submissionSubject = (row: { id: string }) => ({ kind: 'submission' as const, id: row.id });
