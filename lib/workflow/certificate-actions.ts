/** Actions a regulator can fire on a certificate. */
export const CERTIFICATE_ACTIONS = ['suspend', 'reinstate', 'revoke'] as const;

/** An action on a certificate. */
export type CertificateAction = (typeof CERTIFICATE_ACTIONS)[number];
