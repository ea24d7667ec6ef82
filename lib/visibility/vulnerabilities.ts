import { sql, type SQL } from 'drizzle-orm';
import { products, productVersions } from '@/db/schema/products';
import { vulnerabilities } from '@/db/schema/operators';
import { isProductVersionVisible, productVersionVisibleTo } from './product-versions';
import type { Viewer } from './viewer';

/*
 * Vulnerabilities (PRODUCT.md: reported against a product version) follow the version they name:
 *   regulators: every one;
 *   vendors: those on their own products' versions (another vendor's objects are invisible, even
 *     when the version is certified and public);
 *   labs and operators: those on versions they may see (lib/visibility/product-versions.ts): a lab
 *     the versions with a submission assigned to it or a certificate, an operator certified ones;
 *   the public: none.
 * The same rule decides on which versions one may report or upload VEX: an invisible version is 404.
 */

/** SQL: the vulnerabilities `viewer` may see (use in a `where` over `vulnerabilities`). */
export function vulnerabilityVisibleTo(viewer: Viewer): SQL {
  if (!viewer) return sql`false`;
  if (viewer.orgKind === 'regulator') return sql`true`;
  const onVersion = sql`${productVersions.id} = ${vulnerabilities.productVersionId}`;
  if (viewer.orgKind === 'vendor') {
    return sql`exists (select 1 from ${productVersions} join ${products} on ${products.id} = ${productVersions.productId} where ${onVersion} and ${products.vendorOrgId} = ${viewer.orgId})`;
  }
  return sql`exists (select 1 from ${productVersions} where ${onVersion} and ${productVersionVisibleTo(viewer)})`;
}

/** Pure twin of {@link vulnerabilityVisibleTo}, given the facts about the version the vulnerability names. */
export function maySeeVulnerabilitiesOf(viewer: Viewer, version: Parameters<typeof isProductVersionVisible>[1]): boolean {
  if (!viewer) return false;
  if (viewer.orgKind === 'regulator') return true;
  if (viewer.orgKind === 'vendor') return version.vendorOrgId === viewer.orgId;
  return isProductVersionVisible(viewer, version);
}
