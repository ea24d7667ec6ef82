import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import type { CertificateActionName } from '@/lib/validation/certificates';
import { isCertificateUnderReview } from '@/lib/vulnerabilities/review-trigger';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import { availableCertificateActions } from '@/lib/workflow/certificate-transitions';
import { checkCertificateTransition } from '@/lib/workflow/check-certificate-transition';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';
import type { CertificateActionOption } from './certificate-dto';

type CertificateState = { status: 'valid' | 'suspended' | 'revoked' | 'expired'; expiresAt: Date; reviewRequiredAt: Date | null };

/** Regulators manage certificates: suspend, reinstate, revoke, clear a review. */
export const isCertificateManager = (actor: Pick<Actor, 'orgKind' | 'orgRole' | 'isPlatformAdmin'>) => can(actor, 'certificate.manage');

/** The 403 reason when `actor` may not fire `action`, else null. */
export function certificateActionDenial(actor: Actor, action: CertificateActionName): string | null {
  if (isCertificateManager(actor)) return null;
  return action === 'clear_review' ? 'Only a regulator can clear a review.' : `Only a regulator can ${action} a certificate.`;
}

export type CertificateActionCheck =
  | { ok: true; from: CertificateStatus; next: CertificateStatus }
  | { ok: false; from: CertificateStatus; message: string; isUnderReview: boolean };

/**
 * Whether `action` is legal at the certificate's *effective* status: expired and revoked
 * certificates accept none of the lifecycle actions; `clear_review` needs it on the review list.
 */
export function checkCertificateAction(row: CertificateState, action: CertificateActionName, now: Date): CertificateActionCheck {
  const from = effectiveCertificateStatus(row.status, row.expiresAt, now);
  if (action === 'clear_review') {
    if (!isCertificateUnderReview(row)) return { ok: false, from, message: 'The certificate is not on the review list.', isUnderReview: false };
    return { ok: true, from, next: from };
  }
  const check = checkCertificateTransition({ status: row.status, expiresAt: row.expiresAt, now, action, actorKind: 'regulator' });
  return check.ok ? { ok: true, from, next: check.next } : { ok: false, from, message: `${check.message}.`, isUnderReview: isCertificateUnderReview(row) };
}

/** What the caller may do to the certificate now: nothing for anyone but regulators. */
export function availableActionsFor(actor: Actor, row: CertificateState, now: Date): CertificateActionOption[] {
  if (!isCertificateManager(actor)) return [];
  const actions: CertificateActionOption[] = availableCertificateActions(effectiveCertificateStatus(row.status, row.expiresAt, now), 'regulator');
  return isCertificateUnderReview(row) ? [...actions, 'clear_review'] : actions;
}
