import 'server-only';
import { getDb } from '@/lib/db';
import { processWide } from '@/lib/process-wide';
import { appendEntry } from '@/lib/log/store/append-entry';
import * as q from '@/db/queries/certificates';
import { notifyCertificateExpired, notifyCertificateExpiringSoon } from './notify-certificate';

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
 * Logs every expiry that has happened by `now` and has not been logged yet: for each certificate
 * with `expires_at <= now`, not revoked and `expiry_logged_at` unset, one transaction locks it
 * (`FOR UPDATE SKIP LOCKED`, so concurrent runs in several processes split the work instead of
 * repeating it), sets `expiry_logged_at`, notifies its vendor and the operators running that
 * version, and appends one `certificate.expired` entry by the system (no actor). Idempotent: a
 * second run logs nothing. Then tells vendors, once per certificate, about valid certificates
 * expiring within {@link EXPIRY_WARNING_DAYS} days. The certificate reads as expired from
 * `expires_at` on whether or not this has run; the job only records it. `now` is a parameter so
 * tests can run it on a fake clock.
 */
export async function runExpiryJob(now = new Date()): Promise<ExpiryJobResult> {
  const db = await getDb();
  const expired: ExpiryJobResult['expired'] = [];
  for (let i = 0; i < MAX_EXPIRIES_PER_RUN; i++) {
    const logged = await db.transaction(async (tx) => {
      const row = await q.lockNextUnloggedExpiry(tx, now);
      if (!row) return null;
      const updated = await q.updateCertificate(tx, row.id, row.version, { expiryLoggedAt: now });
      if (!updated) throw new Error(`certificate ${row.id} changed while locked`);
      await notifyCertificateExpired(tx, updated);
      const entry = await appendEntry(tx, {
        type: 'certificate.expired',
        actor: null,
        subject: { kind: 'certificate', id: row.id },
        data: { expiresAt: row.expiresAt.toISOString(), from: row.status, to: 'expired' },
        now,
      });
      return { certificateId: row.id, logIndex: entry.index };
    });
    if (!logged) break;
    expired.push(logged);
  }
  let warningsSent = 0;
  const warnUntil = new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86_400_000);
  for (const certificate of await q.listCertificatesExpiringBetween(db, now, warnUntil)) {
    warningsSent += await notifyCertificateExpiringSoon(db, certificate);
  }
  return { expired, warningsSent };
}

type SchedulerState = { timer?: ReturnType<typeof setInterval>; isRunning: boolean };
// One scheduler per process, even when a dev server re-evaluates this module.
const state = processWide<SchedulerState>('ExpiryScheduler', () => ({ isRunning: false }));

async function tick() {
  if (state.isRunning) return;
  state.isRunning = true;
  try {
    const result = await runExpiryJob();
    if (result.expired.length) console.log(`Certificate expiry job: logged ${result.expired.length} expiries.`);
  } catch (error) {
    console.error('Certificate expiry job failed; it runs again at the next interval', error);
  } finally {
    state.isRunning = false;
  }
}

/**
 * Runs {@link runExpiryJob} once now and then every `intervalMs` in this process, without keeping
 * the process alive. Safe with several portal instances on one database (see runExpiryJob).
 * Returns a function that stops it; starting it twice in one process keeps the first.
 */
export function startExpiryScheduler(intervalMs = EXPIRY_JOB_INTERVAL_MS): () => void {
  const stop = () => {
    if (state.timer) clearInterval(state.timer);
    state.timer = undefined;
  };
  if (state.timer) return stop;
  state.timer = setInterval(() => void tick(), intervalMs);
  state.timer.unref?.();
  setTimeout(() => void tick(), 0).unref?.();
  return stop;
}
