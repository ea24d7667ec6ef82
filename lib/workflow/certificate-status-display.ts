import type { StatusDisplay } from './badge-colours';
import type { CertificateStatus } from './certificate-statuses';

/** Human label and badge colour for each (effective) certificate status. */
export const CERTIFICATE_STATUS_DISPLAY = {
  valid: { label: 'Valid', colour: 'green' },
  suspended: { label: 'Suspended', colour: 'amber' },
  revoked: { label: 'Revoked', colour: 'red' },
  expired: { label: 'Expired', colour: 'gray' },
} as const satisfies Record<CertificateStatus, StatusDisplay>;
