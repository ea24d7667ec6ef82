import canonicalize from 'canonicalize';

export type InventoryItem = { productVersionId: string; quantity: number };

/**
 * The inventory as RFC 8785 canonical JSON, lines sorted by product version id: the same
 * inventory always gives the same text, whatever order it was sent in. Its SHA-256 goes into the
 * `deployments.replaced` log entry and serves as the inventory's ETag.
 */
export function canonicalInventory(items: readonly InventoryItem[]): string {
  const sorted = items
    .map((i) => ({ productVersionId: i.productVersionId.toLowerCase(), quantity: i.quantity }))
    .sort((a, b) => (a.productVersionId < b.productVersionId ? -1 : a.productVersionId > b.productVersionId ? 1 : 0));
  return canonicalize(sorted) ?? '[]';
}
