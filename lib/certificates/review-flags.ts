import 'server-only';
import type { Tx } from '@/db/client';
import * as q from '@/db/queries/certificates';
import type { EntryDraft } from '@/lib/log/entry-data';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';

/**
 * Inside the caller's transaction: puts the product version's live certificates (not revoked, not
 * expired, not already flagged) on the regulators' review list and returns them. The caller logs
 * {@link reviewRequiredEntries} and notifies with `certificatesUnderReviewNotice`. For commands that
 * have authorised their caller already (a critical vulnerability report or status change).
 */
export async function unsafeFlagCertificatesForReview(
  tx: Tx,
  params: { productVersionId: string; reason: string; now: Date },
): Promise<q.CertificateRow[]> {
  const flagged: q.CertificateRow[] = [];
  for (const row of await q.lockCertificatesToFlagForReview(tx, params.productVersionId, params.now)) {
    const updated = await q.updateCertificate(tx, row.id, row.version, { reviewRequiredAt: params.now, reviewReason: params.reason });
    if (updated) flagged.push(updated);
  }
  return flagged;
}

/**
 * One public `certificate.review_required` entry per flagged certificate. It names the vulnerability
 * only by id: the report itself is not public.
 */
export function reviewRequiredEntries(flagged: readonly q.CertificateRow[], params: { vulnerabilityId: string; now: Date }): EntryDraft[] {
  return flagged.map((c) => ({
    type: 'certificate.review_required',
    subject: { kind: 'certificate', id: c.id },
    data: { vulnerabilityId: params.vulnerabilityId, severity: 'critical', status: effectiveCertificateStatus(c.status, c.expiresAt, params.now) },
  }));
}
