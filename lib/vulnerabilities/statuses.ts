/** Where a reported vulnerability stands. */
export const VULNERABILITY_STATUSES = ['open', 'confirmed', 'disputed', 'fixed'] as const;

/** A vulnerability's status. */
export type VulnerabilityStatus = (typeof VULNERABILITY_STATUSES)[number];

/** The answers a vendor can give to a report. */
export const VENDOR_RESPONSE_STATUSES = ['confirmed', 'disputed', 'fixed'] as const;

/** A vendor's answer to a report. */
export type VendorResponseStatus = (typeof VENDOR_RESPONSE_STATUSES)[number];

/** Statuses in which a vulnerability still threatens the version: reported and not yet fixed or disputed. */
export function isActiveVulnerabilityStatus(status: VulnerabilityStatus): boolean {
  return status === 'open' || status === 'confirmed';
}
