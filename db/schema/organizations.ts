import { pgTable, uuid, text, timestamp, date, index } from 'drizzle-orm/pg-core';
import { orgKindEnum } from './enums';

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  kind: orgKindEnum('kind').notNull(),
  country: text('country'),
  group: text('group'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const labAccreditations = pgTable(
  'lab_accreditations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    labOrgId: uuid('lab_org_id').notNull().references(() => organizations.id),
    body: text('body').notNull(),
    standard: text('standard').notNull(),
    scope: text('scope').array().notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('lab_accreditations_lab_idx').on(t.labOrgId)],
);
