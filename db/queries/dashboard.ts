import { and, asc, desc, eq, gt, lte, ne, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { advisoryMatches } from '@/db/schema/advisories';
import { certificates } from '@/db/schema/certificates';

const certificateColumns = {
  id: certificates.id,
  productName: certificates.productName,
  versionLabel: certificates.versionLabel,
  vendorName: certificates.vendorName,
  networkFunction: certificates.networkFunction,
  expiresAt: certificates.expiresAt,
};

/** Valid certificates expiring after `now` and no later than `until`, soonest first, and how many there are. */
export async function listExpiringCertificates(db: Executor, now: Date, until: Date, limit: number) {
  const where = and(eq(certificates.status, 'valid'), gt(certificates.expiresAt, now), lte(certificates.expiresAt, until));
  const [rows, [{ total }]] = await Promise.all([
    db.select(certificateColumns).from(certificates).where(where).orderBy(asc(certificates.expiresAt), asc(certificates.id)).limit(limit),
    db.select({ total: sql<number>`count(*)::int` }).from(certificates).where(where),
  ]);
  return { rows, total };
}

/** Suspended certificates not yet expired at `now` (an expired one reads as expired), and how many there are. */
export async function listSuspendedCertificates(db: Executor, now: Date, limit: number) {
  const where = and(eq(certificates.status, 'suspended'), gt(certificates.expiresAt, now));
  const [rows, [{ total }]] = await Promise.all([
    db.select(certificateColumns).from(certificates).where(where).orderBy(asc(certificates.productName), asc(certificates.id)).limit(limit),
    db.select({ total: sql<number>`count(*)::int` }).from(certificates).where(where),
  ]);
  return { rows, total };
}

/**
 * Open `affected` advisory matches counted per certificate of the matched version (revoked
 * certificates left out: nothing runs on them any more), most matches first; and the certificates
 * with any, counted.
 */
export async function listAffectedMatchCounts(db: Executor, limit: number) {
  const where = and(eq(advisoryMatches.state, 'affected'), ne(certificates.status, 'revoked'));
  const matches = sql<number>`count(*)::int`;
  const [rows, [{ total, certificateCount }]] = await Promise.all([
    db
      .select({ ...certificateColumns, matches, activelyExploited: sql<boolean>`bool_or(${advisoryMatches.activelyExploited})` })
      .from(advisoryMatches)
      .innerJoin(certificates, eq(certificates.productVersionId, advisoryMatches.productVersionId))
      .where(where)
      .groupBy(certificates.id)
      .orderBy(desc(matches), asc(certificates.productName), asc(certificates.id))
      .limit(limit),
    db
      .select({ total: sql<number>`count(*)::int`, certificateCount: sql<number>`count(distinct ${certificates.id})::int` })
      .from(advisoryMatches)
      .innerJoin(certificates, eq(certificates.productVersionId, advisoryMatches.productVersionId))
      .where(where),
  ]);
  return { rows, total, certificateCount };
}
