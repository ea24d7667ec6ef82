import type { WorkflowActorKind } from './actor-kinds';
import type { CertificateAction } from './certificate-actions';
import type { CertificateStatus } from './certificate-statuses';
import {
  canFireCertificateAction,
  describeIllegalCertificateTransition,
  nextCertificateStatus,
} from './certificate-transitions';
import { effectiveCertificateStatus } from './effective-certificate-status';

/** Outcome of {@link checkCertificateTransition}. */
export type CertificateTransitionCheck =
  | { readonly ok: true; readonly next: CertificateStatus }
  | { readonly ok: false; readonly code: 'illegal_transition' | 'wrong_actor'; readonly message: string };

/**
 * Whether `actorKind` may fire `action` on a certificate stored as `status`,
 * judged on its effective status at `now` (so an expired certificate refuses
 * every action), with the next status or a message naming the current one.
 */
export function checkCertificateTransition(params: {
  status: CertificateStatus;
  expiresAt: Date | string;
  now: Date | string;
  action: CertificateAction;
  actorKind: WorkflowActorKind;
}): CertificateTransitionCheck {
  const status = effectiveCertificateStatus(params.status, params.expiresAt, params.now);
  const next = nextCertificateStatus(status, params.action);
  if (next === null) {
    const message = describeIllegalCertificateTransition(status, params.action);
    return { ok: false, code: 'illegal_transition', message };
  }
  if (!canFireCertificateAction({ status, action: params.action, actorKind: params.actorKind })) {
    return { ok: false, code: 'wrong_actor', message: `Only a regulator can ${params.action} a certificate` };
  }
  return { ok: true, next };
}
