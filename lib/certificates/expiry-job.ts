import 'server-only';
import * as q from '@/db/queries/certificates';
import { getDb } from '@/lib/db';
import { startRepeatingJob } from '@/lib/runtime/repeating-job';
import { notifyCertificateExpiringSoon } from './certificate-notices';
import { logNextExpiry } from './commands/log-expiry';

/** Vendors are told once when a certificate comes this close to its expiry. */
export const EXPIRY_WARNING_DAYS = 30;
/** How often the web process runs the job. */
export const EXPIRY_JOB_INTERVAL_MS = 10 * 60_000;
/** At most this many expiries are logged per run; the next run picks up the rest. */
const MAX_EXPIRIES_PER_RUN = 1000;

export type ExpiryJobResult = {
  /** Certificates whose expiry this run logged, with the index of their `certificate.expired` entry. */
  expired: { certificateId: string; logIndex: number }[];
  /** New "expires soon" notifications. */
  warningsSent: number;
};

/**
 * Logs every expiry that has happened by `now` and has not been logged yet, one certificate per
 * transaction through the system command `certificate.log_expiry` (commands/log-expiry.ts: `SKIP
 * LOCKED`, so concurrent runs split the work; each expiry logged once, by the system). Idempotent: a
 * second run logs nothing. Then tells vendors, once per certificate, about valid certificates
 * expiring within {@link EXPIRY_WARNING_DAYS} days (a dedupe key per certificate; no log entry).
 * The certificate reads as expired from `expires_at` on whether or not this has run; the job only
 * records it. `now` is a parameter so tests can run it on a fake clock.
 */
export async function runExpiryJob(now = new Date()): Promise<ExpiryJobResult> {
  const expired: ExpiryJobResult['expired'] = [];
  for (let i = 0; i < MAX_EXPIRIES_PER_RUN; i++) {
    const logged = await logNextExpiry(now);
    if (!logged) break;
    expired.push(logged);
  }
  const db = await getDb();
  let warningsSent = 0;
  const warnUntil = new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86_400_000);
  for (const certificate of await q.listCertificatesExpiringBetween(db, now, warnUntil)) {
    warningsSent += await notifyCertificateExpiringSoon(db, certificate);
  }
  return { expired, warningsSent };
}

/**
 * Runs {@link runExpiryJob} once now and then every `intervalMs` in this process, without keeping
 * the process alive. Safe with several portal instances on one database (see runExpiryJob).
 * Returns a function that stops it; starting it twice in one process keeps the first.
 */
export function startExpiryScheduler(intervalMs = EXPIRY_JOB_INTERVAL_MS): () => void {
  return startRepeatingJob('CertificateExpiry', 'Certificate expiry job', { intervalMs, firstDelayMs: 0 }, async () => {
    const result = await runExpiryJob();
    if (result.expired.length) console.log(`Certificate expiry job: logged ${result.expired.length} expiries.`);
  });
}
