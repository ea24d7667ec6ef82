import 'server-only';
import crypto from 'node:crypto';
import { listInventoryChanges, listVersionVendors } from '@/db/queries/diversity';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import { resolveInventoryScope } from '@/lib/deployments/read-deployments';
import { forbidden } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { trendQuerySchema } from '@/lib/validation/diversity';
import type { TrendDto } from './diversity-dto';
import { reconstructTrend, type InventoryChange, type VersionVendor } from './trend';

type LoggedChange = { index: number; entry: string; operatorOrgId: string; items: string | null; snapshotOperator: string | null };

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The logged change, when its stored inventory is the one the log entry names: same operator, and
 * the SHA-256 of the canonical inventory text equal to the entry's `sha256`. Otherwise null: the
 * change happened before inventories were kept, or the stored copy does not match the log.
 */
export function verifiedChange(row: LoggedChange): InventoryChange | null {
  if (row.items === null || row.snapshotOperator !== row.operatorOrgId) return null;
  const entry = JSON.parse(row.entry) as { at: string; data: { sha256?: string } };
  if (entry.data.sha256 !== sha256(row.items)) return null;
  const items = JSON.parse(row.items) as InventoryChange['items'];
  return { logIndex: row.index, at: entry.at, operatorId: row.operatorOrgId, items };
}

/**
 * Each vendor's share of each segment over time, rebuilt from the logged inventory changes
 * (`deployments.replaced` entries and the inventories they hash): one point per change, or per
 * month past 24 changes. Operators: their own history; regulators: all operators together or one
 * (`operator`, unknown 404). Vendors and labs 403. Changes that cannot be checked against the log
 * are left out and counted (`unverified`). Logs nothing.
 */
export async function getDiversityTrend(actor: Actor, query: unknown = {}): Promise<TrendDto> {
  if (!can(actor, 'diversity.view')) throw forbidden('Vendor diversity is visible to operators (their own) and regulators only.');
  const { operator } = parseInput(trendQuerySchema, query);
  const scope = await resolveInventoryScope(actor, operator);
  const db = await getDb();
  const rows = await listInventoryChanges(db, scope?.id);
  const changes = rows.map(verifiedChange);
  const verified = changes.filter((c): c is InventoryChange => c !== null);
  const ids = [...new Set(verified.flatMap((c) => c.items.map((i) => i.productVersionId)))];
  const versions = new Map<string, VersionVendor>((await listVersionVendors(db, ids)).map((v) => [v.productVersionId, v]));
  const trend = reconstructTrend(verified, versions);
  return { scope: { operator: scope }, ...trend, unverified: changes.length - verified.length };
}
