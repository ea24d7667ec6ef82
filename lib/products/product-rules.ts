import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';

/** Null when the actor may register products (vendors); else the reason for a 403. */
export function productCreateDenial(actor: Actor): string | null {
  return can(actor, 'product.create') ? null : 'Only vendors register products.';
}

/** Null when the actor may add versions to a product of their own organisation; else the reason for a 403. */
export function versionCreateDenial(actor: Actor): string | null {
  return can(actor, 'product.create') ? null : 'Only vendors add versions.';
}

/** Products and their versions are the vendor's own: anyone else is told "not found". */
export function isOwnProduct(actor: Actor, product: { vendorOrgId: string }): boolean {
  return product.vendorOrgId === actor.orgId;
}
