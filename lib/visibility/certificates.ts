/*
 * PRODUCT.md "Who sees what", row "certificates and status": everyone, signed in or not (the public
 * registry, its CSV export and Atom feed, certificate pages). No scope is needed; the one field-level
 * rule is who reads the reason of a suspension or revocation.
 */
import type { Viewer } from './viewer';

/** Every certificate and its status is public. */
export function isCertificateVisible(_viewer: Viewer): boolean {
  return true;
}

/**
 * Who reads the free-text reason of a certificate's suspension, reinstatement or revocation in the
 * portal: regulators (they manage certificates) and the certified vendor itself.
 */
export function seesCertificateReason(viewer: Viewer, certificate: { vendorOrgId: string }): boolean {
  if (!viewer) return false;
  return viewer.orgKind === 'regulator' || (viewer.orgKind === 'vendor' && viewer.orgId === certificate.vendorOrgId);
}
