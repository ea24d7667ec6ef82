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
