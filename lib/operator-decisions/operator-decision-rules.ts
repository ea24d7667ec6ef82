import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import type { OperatorDecisionKind } from '@/lib/validation/operators';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';

/** The log subject of an operator decision. Not `certificate`: those entries are public, decisions are not. */
export const OPERATOR_DECISION_SUBJECT = 'operator_decision';

/** The 403 reason when the caller may not record decisions (operators only), else null. */
export const decisionDenial = (actor: Actor) => (can(actor, 'operator.decide') ? null : 'Only operators record acceptance decisions for their network.');

/** Why a decision cannot be recorded at the certificate's effective status (only a valid one can be accepted), else null. */
export function decisionRefusal(decision: OperatorDecisionKind, status: CertificateStatus): string | null {
  if (decision === 'accept' && status !== 'valid') {
    return `The certificate is ${status}; only a valid certificate can be accepted. You can record a rejection.`;
  }
  return null;
}
