import { pgTable, uuid, text, timestamp, integer, index, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { certificateStatusEnum, segmentEnum } from './enums';
import { organizations } from './organizations';
import { productVersions } from './products';
import { submissions } from './submissions';
import { tsvector } from './types';

/** The expiry date of an unrevoked certificate whose expiry is not logged yet, else null (indexed). */
export const certificateExpiryDue = (t: { expiryLoggedAt: AnyPgColumn; status: AnyPgColumn; expiresAt: AnyPgColumn }) =>
  sql`(case when ${t.expiryLoggedAt} is null and ${t.status} <> 'revoked' then ${t.expiresAt} end)`;

/** The id and the columns the effective-status filters read, appended to the filter indexes. */
const statusKey = <T extends { id: AnyPgColumn; status: AnyPgColumn; expiresAt: AnyPgColumn; expiryLoggedAt: AnyPgColumn }>(t: T) =>
  [t.id, t.status, t.expiresAt, t.expiryLoggedAt] as const;

/**
 * Issued certificates. Product, vendor and lab names are copied in at issue (they are what was
 * certified, and the public registry filters and searches them without joins).
 */
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
    productName: text('product_name').notNull().default(''),
    productModel: text('product_model'),
    versionLabel: text('version_label').notNull().default(''),
    vendorName: text('vendor_name').notNull().default(''),
    labName: text('lab_name').notNull().default(''),
    networkFunction: text('network_function').notNull().default(''),
    segment: segmentEnum('segment').notNull().default('core'),
    specVersions: text('spec_versions').notNull().default(''),
    reviewRequiredAt: timestamp('review_required_at', { withTimezone: true }),
    reviewReason: text('review_reason'),
    // Every prefix of every word of the searchable names (db/migrations/0007): a search for word
    // prefixes is then exact lookups in its GIN index.
    searchPrefixes: tsvector('search_prefixes').generatedAlwaysAs(
      sql`certificate_search_prefixes(coalesce(product_name, '') || ' ' || coalesce(product_model, '') || ' ' || coalesce(version_label, '') || ' ' || coalesce(vendor_name, '') || ' ' || coalesce(lab_name, '') || ' ' || coalesce(network_function, ''))`,
    ),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('certificates_status_idx').on(t.status, t.expiresAt),
    // Each filter's index in issue order carries the id and what the status filters read, so a
    // page's ids and a filter's count come from the index alone (index-only scans), whatever the status.
    index('certificates_vendor_idx').on(t.vendorOrgId, t.issuedAt, ...statusKey(t)),
    index('certificates_lab_idx').on(t.labOrgId, t.issuedAt, ...statusKey(t)),
    index('certificates_nf_idx').on(t.networkFunction, t.issuedAt, ...statusKey(t)),
    index('certificates_segment_idx').on(t.segment, t.issuedAt, ...statusKey(t)),
    index('certificates_issued_idx').on(t.issuedAt, ...statusKey(t)),
    index('certificates_version_idx').on(t.productVersionId),
    index('certificates_review_idx').on(t.reviewRequiredAt),
    // Written straight into the index, not through GIN's pending list: certificates are issued
    // rarely and searched all the time, and every search would scan a pending list until the next vacuum.
    index('certificates_search_idx').using('gin', t.searchPrefixes).with({ fastupdate: false }),
    index('certificates_product_sort_idx').on(t.productName, t.id),
    index('certificates_vendor_sort_idx').on(t.vendorName, t.id),
    index('certificates_expires_sort_idx').on(t.expiresAt, t.id),
    // Expired certificates in issue order: those whose expiry the job has logged (nearly all of
    // them). It carries the expiry the filter checks, so a page is read from the index alone:
    // otherwise PostgreSQL prefers the issue-order index and walks past every unexpired certificate.
    index('certificates_expired_issued_idx')
      .on(t.issuedAt, t.id, t.expiresAt)
      .where(sql`${t.expiryLoggedAt} is not null and ${t.status} <> 'revoked'`),
    // Certificates on the review list in issue order: the registry's "under review" filter pages
    // through them newest first without collecting and sorting them all.
    index('certificates_review_issued_idx')
      .on(t.issuedAt, t.id)
      .where(sql`${t.reviewRequiredAt} is not null`),
    // Expiries of unrevoked certificates not logged yet, by date: an expression index, so PostgreSQL
    // keeps statistics on it and knows that few are due (the job logs them), which it could not tell
    // from the columns. The expiry job and the registry's "expired" filter both read it.
    index('certificates_expiry_due_idx').on(certificateExpiryDue(t)),
  ],
);
