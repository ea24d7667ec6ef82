import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';

/** Best first: a version re-certified after a revocation counts as certified. */
const PREFERENCE: readonly CertificateStatus[] = ['valid', 'suspended', 'expired', 'revoked'];

export type StoredCertificate = { id: string; status: 'valid' | 'suspended' | 'revoked'; expiresAt: Date | string };

/**
 * The certificate a deployed version stands on and its effective status at `now`: of all the
 * version's certificates, the one in the best standing (valid, then suspended, expired, revoked);
 * null when the version was never certified.
 */
export function versionCertificate(
  certificates: readonly StoredCertificate[],
  now: Date,
): { id: string; status: CertificateStatus } | null {
  let best: { id: string; status: CertificateStatus } | null = null;
  for (const c of certificates) {
    const status = effectiveCertificateStatus(c.status, c.expiresAt, now);
    if (!best || PREFERENCE.indexOf(status) < PREFERENCE.indexOf(best.status)) best = { id: c.id, status };
  }
  return best;
}
