import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../client';
import { certificates } from '@/db/schema/certificates';
import { deployments } from '@/db/schema/operators';
import { certificateExpiryDue } from '../schema/certificates';

export type CertificateRow = typeof certificates.$inferSelect;
export type CertificateListView = 'all' | 'expiring' | 'review';
/** The sort value (timestamp text with microseconds) and id of the last row of a page. */
export type CertificateKeyset = [sortValue: string, id: string];

const isoText = (column: typeof certificates.issuedAt | typeof certificates.expiresAt | typeof certificates.reviewRequiredAt) =>
  sql<string>`to_char((${column}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const VIEW_ORDER = {
  all: { column: certificates.issuedAt, dir: 'desc' },
  expiring: { column: certificates.expiresAt, dir: 'asc' },
  review: { column: certificates.reviewRequiredAt, dir: 'asc' },
} as const;

/**
 * The rows of a view at `now`: `expiring` = stored status valid and expiring after now but within
 * `expiringUntil`; `review` = flagged for review and not revoked.
 */
function viewCondition(view: CertificateListView, now: Date, expiringUntil: Date): SQL | undefined {
  switch (view) {
    case 'all':
      return undefined;
    case 'expiring':
      return and(eq(certificates.status, 'valid'), gt(certificates.expiresAt, now), lte(certificates.expiresAt, expiringUntil));
    case 'review':
      return and(isNotNull(certificates.reviewRequiredAt), ne(certificates.status, 'revoked'));
  }
}

/** No visibility check: every certificate is public. Locks the row for the caller's transaction when asked. */
export async function findCertificateById(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(certificates).where(eq(certificates.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Writes a change guarded by the version read under lock; null if someone else changed the row first. */
export async function updateCertificate(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<Pick<CertificateRow, 'status' | 'reviewRequiredAt' | 'reviewReason' | 'expiryLoggedAt'>>,
) {
  const [row] = await db
    .update(certificates)
    .set({ ...values, version: expectedVersion + 1 })
    .where(and(eq(certificates.id, id), eq(certificates.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export async function listCertificateRows(
  db: Executor,
  params: { vendorOrgId?: string; view: CertificateListView; now: Date; expiringUntil: Date; after?: CertificateKeyset; limit: number },
) {
  const { column, dir } = VIEW_ORDER[params.view];
  const op = sql.raw(dir === 'asc' ? '>' : '<');
  const conditions = [
    params.vendorOrgId ? eq(certificates.vendorOrgId, params.vendorOrgId) : undefined,
    viewCondition(params.view, params.now, params.expiringUntil),
    params.after ? sql`(${column}, ${certificates.id}) ${op} (${params.after[0]}::timestamptz, ${params.after[1]}::uuid)` : undefined,
  ];
  const order = dir === 'asc' ? [asc(column), asc(certificates.id)] : [desc(column), desc(certificates.id)];
  return db
    .select({ certificate: certificates, sortValue: isoText(column) })
    .from(certificates)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(params.limit);
}

/**
 * How many certificates each view holds (for one vendor, or all). One count per view, each from the
 * index that serves it — the issue-order index alone for all, status and expiry for expiring, the
 * review list's own index — rather than one pass testing every row for all three.
 */
export async function countCertificateViews(db: Executor, params: { vendorOrgId?: string; now: Date; expiringUntil: Date }) {
  const scope = params.vendorOrgId ? eq(certificates.vendorOrgId, params.vendorOrgId) : undefined;
  const count = (view: CertificateListView) =>
    sql<number>`(select count(*)::int from ${certificates} where ${and(scope, viewCondition(view, params.now, params.expiringUntil)) ?? sql`true`})`;
  const result = await db.execute(sql`select ${count('all')} as "all", ${count('expiring')} as "expiring", ${count('review')} as "review"`);
  const [row] = rowsOf<{ all: number; expiring: number; review: number }>(result);
  return row;
}

/**
 * The next certificate whose expiry has not been logged yet (expired at `now`, not revoked),
 * locked for this transaction; rows another transaction holds are skipped, so several
 * schedulers can run at once and each certificate is handled by exactly one of them.
 */
export async function lockNextUnloggedExpiry(tx: Executor, now: Date) {
  const [row] = await tx
    .select()
    .from(certificates)
    .where(sql`${certificateExpiryDue(certificates)} <= ${now.toISOString()}::timestamptz`)
    .orderBy(asc(certificateExpiryDue(certificates)), asc(certificates.id))
    .limit(1)
    .for('update', { skipLocked: true });
  return row ?? null;
}

/** Valid certificates expiring after `now` and no later than `until`, soonest first. */
export async function listCertificatesExpiringBetween(db: Executor, now: Date, until: Date) {
  return db
    .select()
    .from(certificates)
    .where(and(eq(certificates.status, 'valid'), gt(certificates.expiresAt, now), lte(certificates.expiresAt, until)))
    .orderBy(asc(certificates.expiresAt), asc(certificates.id));
}

/**
 * Certificates of a product version a new critical vulnerability puts under review: not revoked,
 * not expired at `now`, not already flagged. Locked for the caller's transaction.
 */
export async function lockCertificatesToFlagForReview(tx: Executor, productVersionId: string, now: Date) {
  return tx
    .select()
    .from(certificates)
    .where(
      and(
        eq(certificates.productVersionId, productVersionId),
        ne(certificates.status, 'revoked'),
        gt(certificates.expiresAt, now),
        isNull(certificates.reviewRequiredAt),
      ),
    )
    .orderBy(asc(certificates.id))
    .for('update');
}

/** Operator organisations that run the product version (any quantity). */
export async function listOperatorOrgIdsDeploying(db: Executor, productVersionId: string) {
  const rows = await db
    .selectDistinct({ orgId: deployments.operatorOrgId })
    .from(deployments)
    .where(and(eq(deployments.productVersionId, productVersionId), gt(deployments.quantity, 0)));
  return rows.map((r) => r.orgId);
}

/**
 * Puts the live certificates (not revoked, not expired, not already flagged) of many product
 * versions on the review list in one statement, each version with its own reason; returns them
 * ordered by id.
 */
export async function flagCertificatesOfVersionsForReview(
  tx: Executor,
  items: readonly { productVersionId: string; reason: string }[],
  now: Date,
): Promise<CertificateRow[]> {
  if (items.length === 0) return [];
  const at = now.toISOString();
  const flagged = rowsOf<{ id: string }>(
    await tx.execute(sql`update certificates c set review_required_at = ${at}::timestamptz, review_reason = k.reason, version = c.version + 1
      from jsonb_to_recordset(${JSON.stringify(items)}::jsonb) as k("productVersionId" uuid, reason text)
      where c.product_version_id = k."productVersionId" and c.status <> 'revoked' and c.expires_at > ${at}::timestamptz and c.review_required_at is null
      returning c.id`),
  );
  if (flagged.length === 0) return [];
  return tx.select().from(certificates).where(inArray(certificates.id, flagged.map((r) => r.id))).orderBy(asc(certificates.id));
}
