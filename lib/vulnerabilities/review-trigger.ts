import type { Severity } from './severity';
import { isActiveVulnerabilityStatus, type VulnerabilityStatus } from './statuses';

/**
 * True when a change puts certified versions under regulatory review: a critical vulnerability
 * that becomes active (open or confirmed) — newly reported (`from` null), or reopened after it
 * was disputed or fixed. Moving between open and confirmed triggers nothing new: that
 * vulnerability already triggered a review, and a regulator may have cleared it since.
 */
export function triggersCertificateReview(severity: Severity, from: VulnerabilityStatus | null, to: VulnerabilityStatus): boolean {
  if (severity !== 'critical' || !isActiveVulnerabilityStatus(to)) return false;
  return from === null || !isActiveVulnerabilityStatus(from);
}

/**
 * True when a certificate reads as "under review" (on the regulators' review list and on its public
 * page): flagged by a critical vulnerability and not yet acted on by a regulator. A revoked certificate
 * is never under review — revocation was the regulator's last word.
 */
export function isCertificateUnderReview(certificate: { status: string; reviewRequiredAt: Date | string | null }): boolean {
  return certificate.reviewRequiredAt !== null && certificate.status !== 'revoked';
}
