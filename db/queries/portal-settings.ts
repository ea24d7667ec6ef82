import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { portalSettings } from '../schema/portal-settings';

export type PortalSettingRow = typeof portalSettings.$inferSelect;

/** Every stored setting (keys never changed have no row). */
export async function listPortalSettings(db: Executor): Promise<PortalSettingRow[]> {
  return db.select().from(portalSettings);
}

/**
 * The setting's row, locked for the caller's transaction; created with `initial` first when the key
 * has none yet (racing first changes both end up locking the one row).
 */
export async function lockPortalSetting(db: Executor, key: string, initial: unknown): Promise<PortalSettingRow> {
  await db.insert(portalSettings).values({ key, value: initial, version: 0 }).onConflictDoNothing({ target: portalSettings.key });
  const [row] = await db.select().from(portalSettings).where(eq(portalSettings.key, key)).for('update');
  return row;
}

export async function updatePortalSetting(db: Executor, row: Pick<PortalSettingRow, 'id' | 'version'>, values: { value: unknown; updatedBy: string }) {
  const [updated] = await db
    .update(portalSettings)
    .set({ value: values.value, updatedBy: values.updatedBy, updatedAt: sql`now()`, version: row.version + 1 })
    .where(eq(portalSettings.id, row.id))
    .returning();
  return updated;
}
