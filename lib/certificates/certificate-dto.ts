import 'server-only';
import type * as q from '@/db/queries/certificates';
import type { Actor } from '@/lib/authz/actor';
import { isCertificateUnderReview } from '@/lib/vulnerabilities/review-trigger';
import type { CertificateAction } from '@/lib/workflow/certificate-actions';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';
import { seesCertificateReason } from '@/lib/visibility/certificates';

export type CertificateDto = {
  id: string;
  /** Effective status: `expired` from `expiresAt` on, unless revoked. */
  status: CertificateStatus;
  storedStatus: q.CertificateRow['status'];
  version: number;
  submissionId: string;
  productVersionId: string;
  product: { name: string; model: string | null };
  versionLabel: string;
  vendor: { id: string; name: string };
  lab: { id: string; name: string };
  networkFunction: string;
  segment: q.CertificateRow['segment'];
  scheme: string;
  issuedAt: string;
  expiresAt: string;
  isUnderReview: boolean;
  reviewRequiredAt: string | null;
  /** Regulators and the certificate's own vendor only. */
  reviewReason: string | null;
};

export type CertificateActionOption = CertificateAction | 'clear_review';

export type CertificateHistoryEventDto = {
  index: number;
  type: string;
  at: string;
  /** `name` only when the viewer works in the actor's organisation. */
  actor: { user: string | null; org: string | null; orgKind: string; name?: string | null } | null;
  data: Record<string, unknown>;
};

export type CertificateDetailDto = CertificateDto & {
  expiryLoggedAt: string | null;
  /** What the caller may do now: empty for everyone but regulators. */
  availableActions: CertificateActionOption[];
  history: CertificateHistoryEventDto[];
};

/** A certificate row as the caller may see it: the review reason only for regulators and its vendor. */
export function toCertificateDto(actor: Actor, r: q.CertificateRow, now: Date): CertificateDto {
  const mayReadReason = seesCertificateReason(actor, r);
  const isUnderReview = isCertificateUnderReview(r);
  return {
    id: r.id,
    status: effectiveCertificateStatus(r.status, r.expiresAt, now),
    storedStatus: r.status,
    version: r.version,
    submissionId: r.submissionId,
    productVersionId: r.productVersionId,
    product: { name: r.productName, model: r.productModel },
    versionLabel: r.versionLabel,
    vendor: { id: r.vendorOrgId, name: r.vendorName },
    lab: { id: r.labOrgId, name: r.labName },
    networkFunction: r.networkFunction,
    segment: r.segment,
    scheme: r.scheme,
    issuedAt: r.issuedAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    isUnderReview,
    reviewRequiredAt: isUnderReview ? r.reviewRequiredAt!.toISOString() : null,
    reviewReason: isUnderReview && mayReadReason ? r.reviewReason : null,
  };
}
