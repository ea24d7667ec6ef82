import 'server-only';
import * as q from '@/db/queries/certificates';
import type { Actor } from '@/lib/authz/actor';
import { conflict } from '@/lib/errors';
import type { IfMatch } from '@/lib/http/if-match';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import type { EntryType } from '@/lib/log/entry-types';
import { isUuid } from '@/lib/validation/uuid';
import { certificateActionBodySchema, type CertificateActionName } from '@/lib/validation/certificates';
import { isCertificateUnderReview } from '@/lib/vulnerabilities/review-trigger';
import type { CertificateDetailDto } from '../certificate-dto';
import { certificateReviewClearedNotice, certificateStatusChangedNotice, registryTotalsChanged } from '../certificate-effects';
import { certificateActionDenial, checkCertificateAction } from '../certificate-rules';
import { getCertificate } from '../read-certificates';

const ENTRY_OF_ACTION = {
  suspend: 'certificate.suspended',
  reinstate: 'certificate.reinstated',
  revoke: 'certificate.revoked',
  clear_review: 'certificate.review_cleared',
} as const satisfies Record<CertificateActionName, EntryType>;

/**
 * A regulator's action on a certificate: `suspend`, `reinstate`, `revoke` (final) or `clear_review`
 * (take it off the review list as it is). Every action needs a reason, published in the log, and
 * also takes the certificate off the review list. Refusals: unknown id 404 (certificates are
 * public, so nobody else gets a 404), not a regulator 403, illegal at the *effective* status 409
 * naming it, stale `If-Match` 412. Logs `certificate.suspended` / `reinstated` / `revoked` /
 * `review_cleared` with `{reason, from, to}`; afterwards the vendor hears of it (and, except for
 * clear_review, the operators running that version).
 */
export const certificateActionCommand = defineCommand({
  name: 'certificate.action',
  subject: 'Certificate',
  input: certificateActionBodySchema,
  load: async (tx, key: { id: string; action: CertificateActionName }) => (isUuid(key.id) ? q.findCertificateById(tx, key.id, { lock: true }) : null),
  authorize: ({ actor, key }) => certificateActionDenial(actor, key.action),
  checkState: ({ target, key, now }) => {
    const check = checkCertificateAction(target, key.action, now);
    if (check.ok) return null;
    return { message: check.message, currentState: check.from, extra: key.action === 'clear_review' ? { isUnderReview: false } : {} };
  },
  entityTag: (target) => String(target.version),
  async apply({ tx, actor, key, input, target, now }) {
    const check = checkCertificateAction(target, key.action, now);
    if (!check.ok) throw conflict(check.message, check.from);
    const wasUnderReview = isCertificateUnderReview(target);
    const updated = await q.updateCertificate(tx, target.id, target.version, {
      ...(key.action === 'clear_review' ? {} : { status: check.next as q.CertificateRow['status'] }),
      reviewRequiredAt: null,
      reviewReason: null,
    });
    if (!updated) throw conflict('The certificate changed while you were acting on it; reload and retry.', check.from);
    const { reason } = input;
    return {
      result: target.id,
      entries: [
        {
          type: ENTRY_OF_ACTION[key.action],
          subject: { kind: 'certificate', id: target.id },
          data: {
            reason,
            from: check.from,
            to: check.next,
            ...(wasUnderReview ? { reviewCleared: true as const, reviewRequiredAt: target.reviewRequiredAt!.toISOString() } : {}),
          },
        },
      ],
      effects: [
        key.action === 'clear_review'
          ? certificateReviewClearedNotice({ certificate: updated, reason, actor })
          : certificateStatusChangedNotice({ certificate: updated, action: key.action, reason, actor }),
        registryTotalsChanged(null),
      ],
    };
  },
  readBack: (actor, id) => getCertificate(actor, id),
});

/** Fires {@link certificateActionCommand}; `ifMatch` is the caller's `If-Match` or the version their page showed. */
export function performCertificateAction(
  actor: Actor,
  id: string,
  action: CertificateActionName,
  input: unknown,
  ifMatch?: IfMatch,
): Promise<CertificateDetailDto> {
  return runCommand(certificateActionCommand, actor, { id, action }, input, { ifMatch });
}

/** Suspends a valid certificate (regulators). Logs `certificate.suspended`. */
export const suspendCertificate = (actor: Actor, id: string, input: unknown, ifMatch?: IfMatch) => performCertificateAction(actor, id, 'suspend', input, ifMatch);

/** Reinstates a suspended certificate (regulators). Logs `certificate.reinstated`. */
export const reinstateCertificate = (actor: Actor, id: string, input: unknown, ifMatch?: IfMatch) => performCertificateAction(actor, id, 'reinstate', input, ifMatch);

/** Revokes a valid or suspended certificate, finally (regulators). Logs `certificate.revoked`. */
export const revokeCertificate = (actor: Actor, id: string, input: unknown, ifMatch?: IfMatch) => performCertificateAction(actor, id, 'revoke', input, ifMatch);

/** Takes a certificate off the review list, its status unchanged (regulators). Logs `certificate.review_cleared`. */
export const clearCertificateReview = (actor: Actor, id: string, input: unknown, ifMatch?: IfMatch) => performCertificateAction(actor, id, 'clear_review', input, ifMatch);
