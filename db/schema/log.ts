import { pgTable, bigint, text, timestamp, customType, integer, smallint, primaryKey, index } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** One row per leaf; `entry` is the RFC 8785 canonical JSON text whose leaf hash is `leaf_hash`. */
export const logEntries = pgTable(
  'log_entries',
  {
    index: bigint('idx', { mode: 'number' }).primaryKey(),
    leafHash: bytea('leaf_hash').notNull(),
    entry: text('entry').notNull(),
    type: text('type').notNull(),
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('log_entries_subject_idx').on(t.subjectKind, t.subjectId, t.index)],
);

/** Complete, aligned subtree hashes: node (level, idx) covers leaves [idx·2^level, (idx+1)·2^level). */
export const logNodes = pgTable(
  'log_nodes',
  {
    level: smallint('level').notNull(),
    index: bigint('idx', { mode: 'number' }).notNull(),
    hash: bytea('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.index] })],
);

/** The single sequencer row every append locks; holds the tree size and its right frontier. */
export const logHead = pgTable('log_head', {
  id: integer('id').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  frontier: text('frontier').array().notNull(),
});

export const logCheckpoints = pgTable('log_checkpoints', {
  size: bigint('size', { mode: 'number' }).primaryKey(),
  rootHash: bytea('root_hash').notNull(),
  note: text('note').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
