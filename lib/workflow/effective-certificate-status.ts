import type { CertificateStatus } from './certificate-statuses';
import { parseInstant } from './parse-instant';

/**
 * The status a certificate reads as everywhere: `expired` from `expiresAt`
 * on (the expiry instant itself is already expired), unless it is
 * `revoked` — revocation is final and says more than expiry.
 * @throws {RangeError} when `expiresAt` or `now` is not a valid date.
 */
export function effectiveCertificateStatus(
  status: CertificateStatus,
  expiresAt: Date | string,
  now: Date | string,
): CertificateStatus {
  if (status === 'revoked') return 'revoked';
  return parseInstant(now).getTime() >= parseInstant(expiresAt).getTime() ? 'expired' : status;
}
