import type { NetworkSegment } from '@/lib/catalogue/network-segments';

/** Distinct regulator users whose approvals a product of each segment needs (four eyes for `core`). */
export const REQUIRED_APPROVALS = {
  ran: 1,
  transport: 1,
  core: 2,
} as const satisfies Record<NetworkSegment, number>;

/** Outcome of {@link decideApproval}. */
export type ApprovalDecision =
  | { readonly ok: true; readonly outcome: 'recorded_first_approval' | 'approved' }
  | { readonly ok: false; readonly error: 'same_regulator'; readonly message: string };

/**
 * What an `approve` by regulator user `userId` does: for a `core` product the
 * first approval is only recorded (the submission stays `under_review`) and
 * a second approval by a *different* regulator user approves it; other
 * segments are approved at once. A user approving twice is refused.
 *
 * `priorApprovals` must be the approvals recorded since the submission last
 * entered `under_review`: an approval given before a change request does not
 * count towards the resubmitted evaluation.
 */
export function decideApproval(params: {
  segment: NetworkSegment;
  priorApprovals: readonly { userId: string }[];
  userId: string;
}): ApprovalDecision {
  const { segment, priorApprovals, userId } = params;
  if (priorApprovals.some((approval) => approval.userId === userId)) {
    return {
      ok: false,
      error: 'same_regulator',
      message: 'A second approval must come from a different regulator user',
    };
  }
  const approvers = new Set([...priorApprovals.map((approval) => approval.userId), userId]);
  return { ok: true, outcome: approvers.size >= REQUIRED_APPROVALS[segment] ? 'approved' : 'recorded_first_approval' };
}
