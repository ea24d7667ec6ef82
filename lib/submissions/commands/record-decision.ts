import 'server-only';
import { insertDecision, setDecisionLogIndex } from '@/db/queries/submissions';
import type { Tx } from '@/db/client';
import type { AppendedEntry } from '@/lib/log/store/append-entry';
import type { WorkflowContext } from './workflow-command';

/**
 * Stores a regulator's decision for the current review round. Its `decision.*` entry must be the
 * command's first; {@link storeDecisionLogIndex} then records that entry's index on the decision.
 */
export function recordDecision(ctx: WorkflowContext, kind: 'approve' | 'reject' | 'request_changes', conditions: readonly string[] = []) {
  return insertDecision(ctx.tx, {
    submissionId: ctx.target.id,
    reviewRound: ctx.target.reviewRound,
    kind,
    reason: ctx.input.reason ?? null,
    conditions: [...conditions],
    regulatorUserId: ctx.actor.userId,
    regulatorOrgId: ctx.actor.orgId,
  });
}

/** `afterLog` of a decision: the decision row names the log entry that published it. */
export const storeDecisionLogIndex = (decisionId: string) => (tx: Tx, appended: readonly AppendedEntry[]) =>
  setDecisionLogIndex(tx, decisionId, appended[0].index);
