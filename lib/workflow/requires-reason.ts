import type { CertificateAction } from './certificate-actions';
import type { SubmissionAction } from './submission-actions';

const ACTIONS_REQUIRING_REASON: ReadonlySet<SubmissionAction | CertificateAction> = new Set([
  'decline',
  'reject',
  'request_changes',
  'suspend',
  'reinstate',
  'revoke',
] as const);

/**
 * True when `action` must carry a non-empty reason: declining an assignment,
 * rejecting, requesting changes, and every certificate action.
 */
export function requiresReason(action: SubmissionAction | CertificateAction): boolean {
  return ACTIONS_REQUIRING_REASON.has(action);
}
