import type { Caller } from '@/lib/kernel/command';

/**
 * Who may import advisories: regulators any document; vendors statements about their own products
 * (a VEX, applied to their own versions only); the portal itself (a configured feed). Null when allowed.
 */
export function advisoryImportDenial(actor: Caller): string | null {
  if (actor === null || actor.orgKind === 'regulator' || actor.orgKind === 'vendor') return null;
  return 'Only regulators import advisories; vendors import VEX statements about their own products.';
}

/** Who may read the advisory list and an advisory's matches: regulators all, vendors their own documents. */
export function advisoryReadDenial(actor: Caller): string | null {
  if (actor?.orgKind === 'regulator' || actor?.orgKind === 'vendor') return null;
  return 'Only regulators and vendors read advisories.';
}

/**
 * Who may import a collection of advisories at once (an OSV export, a provider's archive): regulators
 * and the portal itself; a vendor's VEX is one document about its own versions. Null when allowed.
 */
export function advisoryCollectionImportDenial(actor: Caller): string | null {
  if (actor === null || actor.orgKind === 'regulator') return null;
  return 'Only regulators import collections of advisories; vendors import their VEX statements one document at a time.';
}
