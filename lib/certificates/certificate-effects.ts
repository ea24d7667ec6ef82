import 'server-only';
import type { CertificateRow } from '@/db/queries/certificates';
import { defineEffect } from '@/lib/kernel/effect';
import { forgetRegistryTotals } from '@/lib/registry/registry-totals';
import type { Actor } from '@/lib/authz/actor';
import {
  notifyCertificateExpired,
  notifyCertificateReviewCleared,
  notifyCertificatesUnderReview,
  notifyCertificateStatusChanged,
} from './certificate-notices';

/** A certificate changed through this process: remembered registry totals are stale. */
export const registryTotalsChanged = defineEffect<null>('registry.totals_changed', async () => forgetRegistryTotals());

/** Tells the vendor and the operators running the version that a regulator suspended, reinstated or revoked it. */
export const certificateStatusChangedNotice = defineEffect<{
  certificate: CertificateRow;
  action: 'suspend' | 'reinstate' | 'revoke';
  reason: string;
  actor: Actor;
}>('certificate.status_changed.notify', (db, p) => notifyCertificateStatusChanged(db, p));

/** Tells the vendor that a regulator took the certificate off the review list as it is. */
export const certificateReviewClearedNotice = defineEffect<{ certificate: CertificateRow; reason: string; actor: Actor }>(
  'certificate.review_cleared.notify',
  (db, p) => notifyCertificateReviewCleared(db, p),
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
