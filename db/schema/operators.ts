import { pgTable, uuid, text, timestamp, integer, uniqueIndex, index, numeric, boolean } from 'drizzle-orm/pg-core';
import { operatorDecisionEnum, severityEnum, vulnerabilityStatusEnum } from './enums';
import { organizations } from './organizations';
import { users } from './users';
import { productVersions } from './products';
import { certificates } from './certificates';

/** An operator's own accept/reject of a certificate for its network; the latest one per operator. */
export const operatorDecisions = pgTable(
  'operator_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id').notNull().references(() => certificates.id),
    operatorOrgId: uuid('operator_org_id').notNull().references(() => organizations.id),
    decision: operatorDecisionEnum('decision').notNull(),
    rationale: text('rationale').notNull(),
    decidedBy: uuid('decided_by').notNull().references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('operator_decisions_cert_org_uq').on(t.certificateId, t.operatorOrgId)],
);

/** One inventory line of an operator: how many units of a product version it runs. */
export const deployments = pgTable(
  'deployments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operatorOrgId: uuid('operator_org_id').notNull().references(() => organizations.id),
    productVersionId: uuid('product_version_id').notNull().references(() => productVersions.id),
    quantity: integer('quantity').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('deployments_org_version_uq').on(t.operatorOrgId, t.productVersionId)],
);

export const vulnerabilities = pgTable(
  'vulnerabilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productVersionId: uuid('product_version_id').notNull().references(() => productVersions.id),
    cve: text('cve'),
    cvssScore: numeric('cvss_score', { precision: 3, scale: 1, mode: 'number' }).notNull(),
    severity: severityEnum('severity').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    status: vulnerabilityStatusEnum('status').notNull().default('open'),
    fixedInVersion: text('fixed_in_version'),
    vendorResponse: text('vendor_response'),
    reportedBy: uuid('reported_by').notNull().references(() => users.id),
    reporterOrgId: uuid('reporter_org_id').notNull().references(() => organizations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('vulnerabilities_version_idx').on(t.productVersionId, t.status), index('vulnerabilities_cve_idx').on(t.cve)],
);

/** A user's in-app inbox. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    dedupeKey: text('dedupe_key'),
    isRead: boolean('is_read').notNull().default(false),
    /** Set when the item the notification asked someone to act on was acted on (e.g. the submission was decided). */
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_link_idx').on(t.link),
    index('notifications_user_idx').on(t.userId, t.isRead, t.createdAt),
    uniqueIndex('notifications_dedupe_uq').on(t.userId, t.dedupeKey),
  ],
);
