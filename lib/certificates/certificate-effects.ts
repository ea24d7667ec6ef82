import 'server-only';
import type { CertificateRow } from '@/db/queries/certificates';
import { defineEffect } from '@/lib/kernel/effect';
import { forgetRegistryTotals } from '@/lib/registry/registry-totals';
import type { Actor } from '@/lib/authz/actor';
import { findCertificateOfSubmission } from '@/db/queries/submissions';
import { notifyFollowers } from '@/lib/follows/notify-followers';
import { resolveCertificateNotices } from '@/lib/notifications/resolve-notices';
import {
  notifyCertificateExpired,
  notifyCertificateReviewCleared,
  notifyCertificatesUnderReview,
  notifyCertificateStatusChanged,
} from './certificate-notices';

/** A certificate changed through this process: remembered registry totals are stale. */
export const registryTotalsChanged = defineEffect<null>('registry.totals_changed', async () => forgetRegistryTotals());

/**
 * Tells the vendor and the operators running the version that a regulator suspended, reinstated or revoked it,
 * and the people following its network function of a suspension or revocation; review-list notices are done.
 */
export const certificateStatusChangedNotice = defineEffect<{
  certificate: CertificateRow;
  action: 'suspend' | 'reinstate' | 'revoke';
  reason: string;
  actor: Actor;
}>('certificate.status_changed.notify', async (db, p) => {
  await resolveCertificateNotices(db, p.certificate.id);
  await notifyCertificateStatusChanged(db, p);
  if (p.action !== 'reinstate') {
    await notifyFollowers(db, { certificate: p.certificate, change: p.action === 'suspend' ? 'suspended' : 'revoked', reason: p.reason, exceptUserId: p.actor.userId });
  }
});

/** Tells the people following the network function that a certificate was issued for it (after the approval that issued it). */
export const certificateIssuedNotice = defineEffect<{ submissionId: string }>('certificate.issued.notify', async (db, p) => {
  const certificate = await findCertificateOfSubmission(db, p.submissionId);
  if (certificate) await notifyFollowers(db, { certificate, change: 'issued' });
});

/** Tells the vendor that a regulator took the certificate off the review list as it is; review-list notices are done. */
export const certificateReviewClearedNotice = defineEffect<{ certificate: CertificateRow; reason: string; actor: Actor }>(
  'certificate.review_cleared.notify',
  async (db, p) => {
    await resolveCertificateNotices(db, p.certificate.id);
    await notifyCertificateReviewCleared(db, p);
  },
);

/** Tells every regulator that certificates went on the review list. */
export const certificatesUnderReviewNotice = defineEffect<{ certificates: readonly CertificateRow[]; reason: string; actor: Actor | null }>(
  'certificate.review_required.notify',
  (db, p) => notifyCertificatesUnderReview(db, p),
);

/** Tells the vendor and the operators running the version that the certificate expired (once: dedupe key per certificate). */
export const certificateExpiredNotice = defineEffect<{ certificate: CertificateRow }>('certificate.expired.notify', (db, p) =>
  notifyCertificateExpired(db, p.certificate),
);
