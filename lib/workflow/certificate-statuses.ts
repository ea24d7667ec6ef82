/**
 * Certificate statuses. `expired` is never the result of an action: it is
 * derived from the expiry date by `effectiveCertificateStatus`.
 */
export const CERTIFICATE_STATUSES = ['valid', 'suspended', 'revoked', 'expired'] as const;

/** A certificate's status. */
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
