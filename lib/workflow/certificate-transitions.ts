import type { CertificateAction } from './certificate-actions';
import { CERTIFICATE_ACTIONS } from './certificate-actions';
import type { CertificateStatus } from './certificate-statuses';
import type { WorkflowActorKind } from './actor-kinds';

/** Where a certificate action leads and who may fire it. */
export type CertificateTransition = {
  readonly next: CertificateStatus;
  readonly actor: WorkflowActorKind;
};

/**
 * The certificate lifecycle of PRODUCT.md: `status × action → { next, actor }`.
 * Look it up with the *effective* status: an expired certificate can no
 * longer be suspended, reinstated or revoked. `revoked` is terminal.
 */
export const CERTIFICATE_TRANSITIONS = {
  valid: {
    suspend: { next: 'suspended', actor: 'regulator' },
    revoke: { next: 'revoked', actor: 'regulator' },
  },
  suspended: {
    reinstate: { next: 'valid', actor: 'regulator' },
    revoke: { next: 'revoked', actor: 'regulator' },
  },
  revoked: {},
  expired: {},
} as const satisfies Record<CertificateStatus, Partial<Record<CertificateAction, CertificateTransition>>>;

/** The status `action` leads to from `status`, or null when the action is illegal there. */
export function nextCertificateStatus(status: CertificateStatus, action: CertificateAction): CertificateStatus | null {
  const row: Partial<Record<CertificateAction, CertificateTransition>> = CERTIFICATE_TRANSITIONS[status];
  return row[action]?.next ?? null;
}

/** True when an organisation of `actorKind` may fire `action` on a certificate whose effective status is `status`. */
export function canFireCertificateAction(params: {
  status: CertificateStatus;
  action: CertificateAction;
  actorKind: WorkflowActorKind;
}): boolean {
  const row: Partial<Record<CertificateAction, CertificateTransition>> = CERTIFICATE_TRANSITIONS[params.status];
  return row[params.action]?.actor === params.actorKind;
}

/** The certificate actions `actorKind` may fire at effective status `status`, in `CERTIFICATE_ACTIONS` order. */
export function availableCertificateActions(
  status: CertificateStatus,
  actorKind: WorkflowActorKind,
): CertificateAction[] {
  return CERTIFICATE_ACTIONS.filter((action) => canFireCertificateAction({ status, action, actorKind }));
}

/**
 * The error message for a certificate action that is illegal at `status`,
 * e.g. "Cannot reinstate a certificate in state valid".
 */
export function describeIllegalCertificateTransition(status: CertificateStatus, action: CertificateAction): string {
  return `Cannot ${action} a certificate in state ${status}`;
}
