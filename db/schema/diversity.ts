import { bigint, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { segmentEnum } from './enums';
import { organizations } from './organizations';
import { users } from './users';

/**
 * A regulator's concentration threshold for one network segment (it applies to the segment and to
 * every network function in it). No row: the configured default (CONCENTRATION_THRESHOLD, HHI 2500).
 * `share_basis_points` is the share a single vendor may hold (5000 = 50 %), strictly over it is flagged.
 */
export const concentrationThresholds = pgTable('concentration_thresholds', {
  segment: segmentEnum('segment').primaryKey(),
  shareBasisPoints: integer('share_basis_points').notNull(),
  hhi: integer('hhi').notNull(),
  reason: text('reason').notNull(),
  updatedBy: uuid('updated_by').notNull().references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** A high-risk-supplier phase-out a regulator set: the vendor's units in the segment must be gone by `deadline`. */
export const phaseOuts = pgTable(
  'phase_outs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    segment: segmentEnum('segment').notNull(),
    vendorOrgId: uuid('vendor_org_id').notNull().references(() => organizations.id),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    setBy: uuid('set_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('phase_outs_segment_vendor_uq').on(t.segment, t.vendorOrgId)],
);

/**
 * The inventory a `deployments.replaced` entry records, kept so the diversity trend can be rebuilt:
 * `items` is the canonical inventory text whose SHA-256 the entry carries (`sha256`), so every
 * snapshot is checked against the log before it is used.
 */
export const inventorySnapshots = pgTable(
  'inventory_snapshots',
  {
    logIndex: bigint('log_index', { mode: 'number' }).primaryKey(),
    operatorOrgId: uuid('operator_org_id').notNull().references(() => organizations.id),
    items: text('items').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('inventory_snapshots_operator_idx').on(t.operatorOrgId, t.logIndex)],
);
