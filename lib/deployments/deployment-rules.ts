import 'server-only';
import crypto from 'node:crypto';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { canonicalInventory, type InventoryItem } from './canonical-inventory';

/** SHA-256 (hex) of the canonical inventory: the ETag of an inventory and what its log entry records. */
export function inventoryDigest(items: readonly InventoryItem[]): string {
  return crypto.createHash('sha256').update(canonicalInventory(items), 'utf8').digest('hex');
}

/** The 403 reason when the caller keeps no inventory (operators only), else null. */
export const inventoryDenial = (actor: Actor) => (can(actor, 'deployments.manage') ? null : 'Only operators keep a deployment inventory.');
