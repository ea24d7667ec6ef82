import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import type { Executor } from '../client';
import { concentrationThresholds, inventorySnapshots, phaseOuts } from '@/db/schema/diversity';
import { logEntries } from '@/db/schema/log';
import { organizations } from '@/db/schema/organizations';
import { products, productVersions } from '@/db/schema/products';

export type ThresholdRow = typeof concentrationThresholds.$inferSelect;
export type PhaseOutRow = typeof phaseOuts.$inferSelect;

export async function listThresholds(db: Executor) {
  return db.select().from(concentrationThresholds).orderBy(asc(concentrationThresholds.segment));
}

export async function lockThreshold(tx: Executor, segment: NetworkSegment) {
  const [row] = await tx.select().from(concentrationThresholds).where(eq(concentrationThresholds.segment, segment)).for('update');
  return row ?? null;
}

/** Inserts or replaces a segment's thresholds; with `expectedVersion` only at that version (0: only when there is none). */
export async function upsertThreshold(
  tx: Executor,
  values: Pick<ThresholdRow, 'segment' | 'shareBasisPoints' | 'hhi' | 'reason' | 'updatedBy' | 'updatedAt'>,
  expectedVersion: number,
) {
  const [row] = await tx
    .insert(concentrationThresholds)
    .values(values)
    .onConflictDoUpdate({
      target: concentrationThresholds.segment,
      set: { shareBasisPoints: values.shareBasisPoints, hhi: values.hhi, reason: values.reason, updatedBy: values.updatedBy, updatedAt: values.updatedAt, version: sql`${concentrationThresholds.version} + 1` },
      setWhere: eq(concentrationThresholds.version, expectedVersion),
    })
    .returning();
  return row ?? null;
}

export async function findVendorOrganization(db: Executor, id: string) {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.id, id), eq(organizations.kind, 'vendor')));
  return row ?? null;
}

export async function lockPhaseOut(tx: Executor, segment: NetworkSegment, vendorOrgId: string) {
  const [row] = await tx.select().from(phaseOuts).where(and(eq(phaseOuts.segment, segment), eq(phaseOuts.vendorOrgId, vendorOrgId))).for('update');
  return row ?? null;
}

export async function upsertPhaseOut(tx: Executor, values: Pick<PhaseOutRow, 'segment' | 'vendorOrgId' | 'deadline' | 'reason' | 'setBy' | 'updatedAt'>) {
  const [row] = await tx
    .insert(phaseOuts)
    .values({ ...values, createdAt: values.updatedAt })
    .onConflictDoUpdate({
      target: [phaseOuts.segment, phaseOuts.vendorOrgId],
      set: { deadline: values.deadline, reason: values.reason, setBy: values.setBy, updatedAt: values.updatedAt, version: sql`${phaseOuts.version} + 1` },
    })
    .returning();
  return row;
}

export async function deletePhaseOut(tx: Executor, id: string) {
  await tx.delete(phaseOuts).where(eq(phaseOuts.id, id));
}

/** Every phase-out with its vendor's name, soonest deadline first. */
export async function listPhaseOutRows(db: Executor) {
  return db
    .select({ phaseOut: phaseOuts, vendorName: organizations.name })
    .from(phaseOuts)
    .innerJoin(organizations, eq(phaseOuts.vendorOrgId, organizations.id))
    .orderBy(asc(phaseOuts.deadline), asc(phaseOuts.segment), asc(organizations.name));
}

export async function insertInventorySnapshot(tx: Executor, values: typeof inventorySnapshots.$inferInsert) {
  await tx.insert(inventorySnapshots).values(values);
}

/**
 * Every `deployments.replaced` entry (one operator's, or all) in log order, with the inventory
 * snapshot stored for it (null for changes logged before snapshots were kept).
 */
export async function listInventoryChanges(db: Executor, operatorOrgId: string | undefined) {
  return db
    .select({ index: logEntries.index, entry: logEntries.entry, operatorOrgId: logEntries.subjectId, items: inventorySnapshots.items, snapshotOperator: inventorySnapshots.operatorOrgId })
    .from(logEntries)
    .leftJoin(inventorySnapshots, eq(inventorySnapshots.logIndex, logEntries.index))
    .where(and(eq(logEntries.type, 'deployments.replaced'), eq(logEntries.subjectKind, 'deployments'), operatorOrgId ? eq(logEntries.subjectId, operatorOrgId) : undefined))
    .orderBy(asc(logEntries.index));
}

/** Vendor and segment of product versions (for the trend: which vendor and segment each line counts for). */
export async function listVersionVendors(db: Executor, versionIds: string[]) {
  if (versionIds.length === 0) return [];
  return db
    .select({ productVersionId: productVersions.id, vendorId: organizations.id, vendorName: organizations.name, segment: products.segment })
    .from(productVersions)
    .innerJoin(products, eq(productVersions.productId, products.id))
    .innerJoin(organizations, eq(products.vendorOrgId, organizations.id))
    .where(inArray(productVersions.id, versionIds));
}
