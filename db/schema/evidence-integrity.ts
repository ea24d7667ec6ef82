import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { evidenceIntegrityKindEnum, evidenceIntegritySourceEnum } from './enums';
import { evidence } from './submissions';

/**
 * What the portal found when it checked stored evidence bytes against their SHA-256: a blob
 * `damaged` or `missing`, or `restored` (an intact copy is back). Blobs are content-addressed, so
 * the state is per `sha256` (the latest event wins); `evidence_id` names the row being served or
 * checked when there was one. Operational records, not transparency-log entries.
 */
export const evidenceIntegrityEvents = pgTable(
  'evidence_integrity_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sha256: text('sha256').notNull(),
    evidenceId: uuid('evidence_id').references(() => evidence.id),
    kind: evidenceIntegrityKindEnum('kind').notNull(),
    source: evidenceIntegritySourceEnum('source').notNull(),
    expectedSize: bigint('expected_size', { mode: 'number' }),
    actualSize: bigint('actual_size', { mode: 'number' }),
    actualSha256: text('actual_sha256'),
    detail: text('detail').notNull(),
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evidence_integrity_events_sha256_idx').on(t.sha256, t.detectedAt)],
);
