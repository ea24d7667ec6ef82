import 'server-only';
import { z } from 'zod';
import * as q from '@/db/queries/certificates';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { certificateExpiredNotice } from '../certificate-effects';

type Logged = { certificateId: string; logIndex: number };

/**
 * The portal's own command (caller null; its entry is by the system actor): logs the expiry of one
 * certificate that has passed `expires_at` by `now`, is not revoked and whose expiry is not logged
 * yet. It locks the next such certificate with `FOR UPDATE SKIP LOCKED`, so concurrent runs in
 * several processes split the work instead of repeating it, sets `expiry_logged_at` (so each expiry
 * is logged once) and appends one `certificate.expired` entry; afterwards its vendor and the
 * operators running that version hear of it. With nothing left to log it changes nothing: null.
 */
export const logExpiryCommand = defineCommand<{ now: Date }, Record<string, never>, { row: q.CertificateRow | null }, string | null, Logged | null, null>({
  name: 'certificate.log_expiry',
  subject: 'Certificate',
  input: z.strictObject({}),
  load: async (tx, key) => ({ row: await q.lockNextUnloggedExpiry(tx, key.now) }),
  authorize: () => null,
  async apply({ tx, target, now }) {
    const row = target.row;
    if (!row) return { result: null, entries: [] };
    const updated = await q.updateCertificate(tx, row.id, row.version, { expiryLoggedAt: now });
    if (!updated) throw new Error(`certificate ${row.id} changed while locked`);
    return {
      result: row.id,
      entries: [
        {
          type: 'certificate.expired',
          actor: null,
          subject: { kind: 'certificate', id: row.id },
          data: { expiresAt: row.expiresAt.toISOString(), from: row.status, to: 'expired' },
        },
      ],
      effects: [certificateExpiredNotice({ certificate: updated })],
    };
  },
  readBack: async (_caller, certificateId, appended) => (certificateId ? { certificateId, logIndex: appended[0].index } : null),
});

/** Logs the next unlogged expiry due by `now` (the job's clock, also the entry's time); null when there is none. */
export function logNextExpiry(now: Date): Promise<Logged | null> {
  return runCommand(logExpiryCommand, null, { now }, {}, { now });
}
