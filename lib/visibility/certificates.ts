/*
 * PRODUCT.md "Who sees what", row "certificates and status": everyone, signed in or not (the public
 * registry, its CSV export and Atom feed, certificate pages): no scope, no predicate. The one
 * field-level rule is who reads the reason of a suspension or revocation.
 */
import type { Viewer } from './viewer';

/**
 * Who reads the free-text reason of a certificate's suspension, reinstatement or revocation in the
 * portal: regulators (they manage certificates) and the certified vendor itself.
 */
export function seesCertificateReason(viewer: Viewer, certificate: { vendorOrgId: string }): boolean {
  if (!viewer) return false;
  return viewer.orgKind === 'regulator' || (viewer.orgKind === 'vendor' && viewer.orgId === certificate.vendorOrgId);
}
