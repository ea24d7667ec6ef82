import { pgTable, uuid, text, timestamp, integer, index } from 'drizzle-orm/pg-core';
import { certificateStatusEnum } from './enums';
import { organizations } from './organizations';
import { productVersions } from './products';
import { submissions } from './submissions';

export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id').notNull().unique().references(() => submissions.id),
    productVersionId: uuid('product_version_id').notNull().references(() => productVersions.id),
    vendorOrgId: uuid('vendor_org_id').notNull().references(() => organizations.id),
    labOrgId: uuid('lab_org_id').notNull().references(() => organizations.id),
    scheme: text('scheme').notNull(),
    status: certificateStatusEnum('status').notNull().default('valid'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    expiryLoggedAt: timestamp('expiry_logged_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('certificates_status_idx').on(t.status, t.expiresAt), index('certificates_vendor_idx').on(t.vendorOrgId)],
);
