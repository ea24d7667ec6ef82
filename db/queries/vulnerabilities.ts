import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { vulnerabilityVisibleTo } from '@/lib/visibility/vulnerabilities';
import type { Executor } from '../client';
import { organizations } from '@/db/schema/organizations';
import { products, productVersions } from '@/db/schema/products';
import { vulnerabilities } from '@/db/schema/operators';

export type VulnerabilityRow = typeof vulnerabilities.$inferSelect;
type ScopeActor = { orgId: string; orgKind: 'vendor' | 'lab' | 'regulator' | 'operator' };

/** Who sees which vulnerabilities: lib/visibility/vulnerabilities.ts. */
const visibleTo = (actor: ScopeActor): SQL => vulnerabilityVisibleTo(actor);

const columns = {
  vulnerability: vulnerabilities,
  productId: products.id,
  productName: products.name,
  productModel: products.model,
  vendorOrgId: products.vendorOrgId,
  vendorName: sql<string>`vendor.name`,
  versionLabel: productVersions.version,
  reporterOrgKind: sql<ScopeActor['orgKind']>`reporter.kind`,
  reporterOrgName: sql<string>`reporter.name`,
  cursorAt: sql<string>`to_char(${vulnerabilities.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
};

function listQuery(db: Executor) {
  return db
    .select(columns)
    .from(vulnerabilities)
    .innerJoin(productVersions, eq(vulnerabilities.productVersionId, productVersions.id))
    .innerJoin(products, eq(productVersions.productId, products.id))
    .innerJoin(sql`${organizations} as vendor`, sql`vendor.id = ${products.vendorOrgId}`)
    .innerJoin(sql`${organizations} as reporter`, sql`reporter.id = ${vulnerabilities.reporterOrgId}`);
}

export type VulnerabilityListRow = Awaited<ReturnType<typeof listVisibleVulnerabilities>>[number];

export async function listVisibleVulnerabilities(
  db: Executor,
  actor: ScopeActor,
  params: {
    productVersionId?: string;
    status?: VulnerabilityRow['status'];
    severity?: VulnerabilityRow['severity'];
    before?: { createdAt: string; id: string };
    limit: number;
  },
) {
  const conditions = [
    visibleTo(actor),
    params.productVersionId ? eq(vulnerabilities.productVersionId, params.productVersionId) : undefined,
    params.status ? eq(vulnerabilities.status, params.status) : undefined,
    params.severity ? eq(vulnerabilities.severity, params.severity) : undefined,
    params.before
      ? sql`(${vulnerabilities.createdAt}, ${vulnerabilities.id}) < (${params.before.createdAt}::timestamptz, ${params.before.id}::uuid)`
      : undefined,
  ];
  return listQuery(db)
    .where(and(...conditions))
    .orderBy(desc(vulnerabilities.createdAt), desc(vulnerabilities.id))
    .limit(params.limit);
}

/** One vulnerability with its product names, if the actor may see it. */
export async function findVisibleVulnerabilityDetail(db: Executor, actor: ScopeActor, id: string) {
  const [row] = await listQuery(db).where(and(eq(vulnerabilities.id, id), visibleTo(actor)));
  return row ?? null;
}

/** The vulnerability row locked for the caller's transaction (only the vulnerability, not its product), with its vendor. */
export async function lockVulnerability(tx: Executor, id: string) {
  const [row] = await tx
    .select({ vulnerability: vulnerabilities, vendorOrgId: products.vendorOrgId })
    .from(vulnerabilities)
    .innerJoin(productVersions, eq(vulnerabilities.productVersionId, productVersions.id))
    .innerJoin(products, eq(productVersions.productId, products.id))
    .where(eq(vulnerabilities.id, id))
    .for('update', { of: vulnerabilities });
  return row ?? null;
}

/**
 * Serialises reports and VEX uploads on one product version until the transaction ends.
 * `FOR NO KEY UPDATE`, so inserts elsewhere that merely reference the version are not blocked.
 */
export async function lockProductVersion(tx: Executor, productVersionId: string) {
  const [row] = await tx
    .select({ id: productVersions.id })
    .from(productVersions)
    .where(eq(productVersions.id, productVersionId))
    .for('no key update');
  return row ?? null;
}

export async function findVulnerabilityByCve(db: Executor, productVersionId: string, cve: string) {
  const [row] = await db
    .select()
    .from(vulnerabilities)
    .where(and(eq(vulnerabilities.productVersionId, productVersionId), eq(vulnerabilities.cve, cve)))
    .limit(1);
  return row ?? null;
}

/** The version's vulnerabilities that carry one of `cves`, locked for the caller's transaction. */
export async function lockVulnerabilitiesByCve(tx: Executor, productVersionId: string, cves: string[]) {
  if (cves.length === 0) return [];
  return tx
    .select()
    .from(vulnerabilities)
    .where(and(eq(vulnerabilities.productVersionId, productVersionId), inArray(vulnerabilities.cve, cves)))
    .orderBy(vulnerabilities.id)
    .for('update');
}

export async function insertVulnerability(db: Executor, values: typeof vulnerabilities.$inferInsert) {
  const [row] = await db.insert(vulnerabilities).values(values).returning();
  return row;
}

/** Writes a change guarded by the version read under lock; null if someone else changed the row first. */
export async function updateVulnerability(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<Pick<VulnerabilityRow, 'status' | 'fixedInVersion' | 'vendorResponse'>>,
  now: Date,
) {
  const [row] = await db
    .update(vulnerabilities)
    .set({ ...values, updatedAt: now, version: expectedVersion + 1 })
    .where(and(eq(vulnerabilities.id, id), eq(vulnerabilities.version, expectedVersion)))
    .returning();
  return row ?? null;
}

/** Product versions a reporter can choose from: a vendor's own, or (others) every certified one. */
export async function listReportableVersions(db: Executor, actor: ScopeActor, limit: number) {
  const certified = sql`exists (select 1 from certificates c where c.product_version_id = ${productVersions.id})`;
  return db
    .select({ id: productVersions.id, version: productVersions.version, productName: products.name, vendorName: organizations.name })
    .from(productVersions)
    .innerJoin(products, eq(productVersions.productId, products.id))
    .innerJoin(organizations, eq(products.vendorOrgId, organizations.id))
    .where(actor.orgKind === 'vendor' ? eq(products.vendorOrgId, actor.orgId) : certified)
    .orderBy(organizations.name, products.name, productVersions.version)
    .limit(limit);
}
