import { eq, or, sql, type SQL } from 'drizzle-orm';
import { certificates } from '@/db/schema/certificates';
import { products, productVersions } from '@/db/schema/products';
import { submissions } from '@/db/schema/submissions';
import { submissionVisibleTo } from './submissions';
import type { Viewer } from './viewer';

/*
 * PRODUCT.md "Who sees what", rows "product versions never submitted / submitted, not certified /
 * with a certificate":
 *   own vendor: every version of its products; the assigned lab and regulators: versions with a
 *   submission they see (so submitted, never a draft) or a certificate; operators, the public and
 *   other vendors: only versions with a certificate (any status: a suspended, revoked or expired
 *   one still reads as such in the registry). A product is visible when one of its versions is
 *   (to its vendor: always, even with no version yet).
 */

/** SQL: the version's product belongs to the viewer (correlated on `product_versions.product_id`). */
function ownProduct(viewer: NonNullable<Viewer>): SQL {
  return sql`exists (select 1 from ${products} where ${products.id} = ${productVersions.productId} and ${products.vendorOrgId} = ${viewer.orgId})`;
}

/** SQL: a certificate was issued on the version (correlated on `product_versions.id`). */
function productVersionHasCertificate(): SQL {
  return sql`exists (select 1 from ${certificates} where ${certificates.productVersionId} = ${productVersions.id})`;
}

/** SQL: the product versions `viewer` may see (use in a `where` over `product_versions`). */
export function productVersionVisibleTo(viewer: Viewer): SQL {
  const certified = productVersionHasCertificate();
  if (!viewer || viewer.orgKind === 'operator') return certified;
  if (viewer.orgKind === 'vendor') return or(ownProduct(viewer), certified)!;
  const submitted = sql`exists (select 1 from ${submissions} where ${submissions.productVersionId} = ${productVersions.id} and ${submissionVisibleTo(viewer)})`;
  return or(submitted, certified)!;
}

/** SQL: the products `viewer` may see (use in a `where` over `products`). */
export function productVisibleTo(viewer: Viewer): SQL {
  const aVersionVisible = sql`exists (select 1 from ${productVersions} where ${productVersions.productId} = ${products.id} and ${productVersionVisibleTo(viewer)})`;
  return viewer?.orgKind === 'vendor' ? or(eq(products.vendorOrgId, viewer.orgId), aVersionVisible)! : aVersionVisible;
}

/** The facts about a loaded version that decide who sees it. */
type ProductVersionFacts = {
  vendorOrgId: string;
  /** Is one of the version's submissions visible to the viewer ({@link isSubmissionVisible})? */
  hasSubmissionVisibleToViewer: boolean;
  /** A certificate was issued on it (whatever its status now). */
  isCertified: boolean;
};

/** Pure twin of {@link productVersionVisibleTo}. */
export function isProductVersionVisible(viewer: Viewer, v: ProductVersionFacts): boolean {
  if (!viewer || viewer.orgKind === 'operator') return v.isCertified;
  if (viewer.orgKind === 'vendor') return v.vendorOrgId === viewer.orgId || v.isCertified;
  return v.hasSubmissionVisibleToViewer || v.isCertified;
}

/** Pure twin of {@link productVisibleTo}: its vendor, or anyone who sees one of its versions. */
export function isProductVisible(viewer: Viewer, p: { vendorOrgId: string; versions: readonly ProductVersionFacts[] }): boolean {
  if (viewer?.orgKind === 'vendor' && p.vendorOrgId === viewer.orgId) return true;
  return p.versions.some((v) => isProductVersionVisible(viewer, v));
}
