import 'server-only';
import * as q from '@/db/queries/dashboard';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import { calendarDaysUntil } from '@/lib/dates/calendar-days';
import type { ConcentrationFlagDto, PhaseOutDto } from '@/lib/diversity/diversity-dto';
import { getDiversity } from '@/lib/diversity/read-diversity';
import { forbidden } from '@/lib/errors';
import { listReviewQueue, type ReviewQueueItemDto } from '@/lib/submissions/read-review-queue';

/** How far ahead the dashboard looks for expiring certificates. */
export const DASHBOARD_EXPIRY_DAYS = 60;
const TOP = 5;
const DAY_MS = 86_400_000;

type CertificateItem = { id: string; label: string; vendorName: string; networkFunction: string; expiresAt: string };

export type RegulatorDashboardDto = {
  reviewQueue: { total: number; items: ReviewQueueItemDto[] };
  expiring: { total: number; items: (CertificateItem & { daysLeft: number })[] };
  suspended: { total: number; items: CertificateItem[] };
  affectedMatches: { total: number; certificateCount: number; items: (CertificateItem & { matches: number; activelyExploited: boolean })[] };
  concentration: { flags: ConcentrationFlagDto[]; phaseOuts: PhaseOutDto[] };
};

const item = (r: { id: string; productName: string; versionLabel: string; vendorName: string; networkFunction: string; expiresAt: Date }): CertificateItem => ({
  id: r.id,
  label: `${r.productName} ${r.versionLabel}`,
  vendorName: r.vendorName,
  networkFunction: r.networkFunction,
  expiresAt: r.expiresAt.toISOString(),
});

/**
 * What a regulator acts on first: the review queue (count and the five longest waiting), valid
 * certificates expiring within 60 days, suspended certificates, open `affected` advisory matches
 * counted per certificate, and the national concentration flags with the phase-outs not yet done.
 * Each list holds its total and at most five items. Regulators only (others 403). Logs nothing.
 */
export async function getRegulatorDashboard(actor: Actor, now = new Date()): Promise<RegulatorDashboardDto> {
  if (!can(actor, 'review.queue')) throw forbidden('The regulator dashboard is for regulators only.');
  const db = await getDb();
  const [queue, expiring, suspended, matches, diversity] = await Promise.all([
    listReviewQueue(actor, { limit: TOP }),
    q.listExpiringCertificates(db, now, new Date(now.getTime() + DASHBOARD_EXPIRY_DAYS * DAY_MS), TOP),
    q.listSuspendedCertificates(db, now, TOP),
    q.listAffectedMatchCounts(db, TOP),
    getDiversity(actor, {}, now),
  ]);
  return {
    reviewQueue: { total: queue.total, items: queue.items },
    expiring: {
      total: expiring.total,
      items: expiring.rows.map((r) => ({ ...item(r), daysLeft: calendarDaysUntil(r.expiresAt, now) })),
    },
    suspended: { total: suspended.total, items: suspended.rows.map(item) },
    affectedMatches: {
      total: matches.total,
      certificateCount: matches.certificateCount,
      items: matches.rows.map((r) => ({ ...item(r), matches: r.matches, activelyExploited: r.activelyExploited })),
    },
    concentration: { flags: diversity.concentrationFlags, phaseOuts: diversity.phaseOuts.filter((p) => p.state !== 'done') },
  };
}
