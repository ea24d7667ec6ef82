import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { productVersionVisibleTo, productVisibleTo } from '@/lib/visibility/product-versions';
import { submissionVisibleTo } from '@/lib/visibility/submissions';
import type { SignedInViewer, Viewer } from '@/lib/visibility/viewer';
import { certificates } from '@/db/schema/certificates';
import { submissions } from '@/db/schema/submissions';
import type { Executor } from '../client';
import { organizations } from '@/db/schema/organizations';
import { products, productVersions } from '@/db/schema/products';

export type ProductRow = typeof products.$inferSelect;
export type ProductVersionRow = typeof productVersions.$inferSelect;

export async function insertProduct(db: Executor, values: typeof products.$inferInsert) {
  const [row] = await db.insert(products).values(values).returning();
  return row;
}

/** Locks the row for the caller's transaction when asked. */
export async function findProductById(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(products).where(eq(products.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The product if `viewer` may see it (lib/visibility/product-versions.ts), else null. */
export async function findVisibleProduct(db: Executor, viewer: Viewer, id: string) {
  const [row] = await db
    .select()
    .from(products)
    .where(and(eq(products.id, id), productVisibleTo(viewer)));
  return row ?? null;
}

/** The product's versions `viewer` may see, oldest first. */
export async function listVisibleVersionsOfProduct(db: Executor, viewer: Viewer, productId: string) {
  return db
    .select()
    .from(productVersions)
    .where(and(eq(productVersions.productId, productId), productVersionVisibleTo(viewer)))
    .orderBy(asc(productVersions.createdAt));
}

export async function listProductsOfVendor(
  db: Executor,
  params: { vendorOrgId: string; q?: string; networkFunction?: string; before?: { createdAt: string; id: string }; limit: number },
) {
  const conditions = [eq(products.vendorOrgId, params.vendorOrgId)];
  if (params.q) {
    const like = `%${params.q.replace(/[%_\\]/g, (m) => '\\' + m)}%`;
    conditions.push(or(ilike(products.name, like), ilike(products.model, like))!);
  }
  if (params.networkFunction) conditions.push(eq(products.networkFunction, params.networkFunction));
  if (params.before) {
    // Compared in SQL at full (microsecond) precision; a JS Date would drop rows between pages.
    conditions.push(sql`(${products.createdAt}, ${products.id}) < (${params.before.createdAt}::timestamptz, ${params.before.id}::uuid)`);
  }
  return db
    .select({
      product: products,
      cursorAt: sql<string>`to_char(${products.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(products)
    .where(and(...conditions))
    .orderBy(desc(products.createdAt), desc(products.id))
    .limit(params.limit);
}

export async function insertProductVersion(db: Executor, values: typeof productVersions.$inferInsert) {
  const [row] = await db.insert(productVersions).values(values).returning();
  return row;
}

export async function listVersionsOfProduct(db: Executor, productId: string) {
  return db.select().from(productVersions).where(eq(productVersions.productId, productId)).orderBy(asc(productVersions.createdAt));
}

/** A version with its product and vendor, for scoping checks. */
export async function findVersionWithProduct(db: Executor, versionId: string) {
  const [row] = await db
    .select({ version: productVersions, product: products, vendorName: organizations.name, vendorGroup: organizations.group })
    .from(productVersions)
    .innerJoin(products, eq(productVersions.productId, products.id))
    .innerJoin(organizations, eq(products.vendorOrgId, organizations.id))
    .where(eq(productVersions.id, versionId));
  return row ?? null;
}

/**
 * The facts about a product version that decide who sees it (lib/visibility/product-versions.ts
 * `isProductVersionVisible`), for `viewer`: its vendor, whether one of its submissions is visible to
 * the viewer, whether a certificate was issued on it. Null for an unknown version.
 */
export async function findProductVersionFacts(db: Executor, viewer: SignedInViewer, versionId: string) {
  const [row] = await db
    .select({
      vendorOrgId: products.vendorOrgId,
      hasSubmissionVisibleToViewer: sql<boolean>`exists (select 1 from ${submissions} where ${submissions.productVersionId} = ${productVersions.id} and ${submissionVisibleTo(viewer)})`,
      isCertified: sql<boolean>`exists (select 1 from ${certificates} where ${certificates.productVersionId} = ${productVersions.id})`,
    })
    .from(productVersions)
    .innerJoin(products, eq(productVersions.productId, products.id))
    .where(eq(productVersions.id, versionId));
  return row ?? null;
}

