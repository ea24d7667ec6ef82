import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { AffectedRange } from '@/lib/versions/affected-range';
import { sbomComponents } from './components';
import { advisoryFormatEnum, advisoryMatchStateEnum } from './enums';
import { organizations } from './organizations';
import { productVersions } from './products';
import { users } from './users';

/**
 * One imported revision of an advisory document (CSAF, OSV, CycloneDX VEX, OpenVEX), its bytes
 * stored verbatim in the blob store under `sha256`. `document_id` is the identity across
 * revisions; a new revision of the same document replaces the statements, never the matches' states.
 */
export const advisories = pgTable(
  'advisories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    format: advisoryFormatEnum('format').notNull(),
    documentId: text('document_id').notNull(),
    revision: text('revision').notNull(),
    title: text('title').notNull(),
    publisher: text('publisher'),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    activelyExploited: boolean('actively_exploited').notNull().default(false),
    importedBy: uuid('imported_by').references(() => users.id),
    importerOrgId: uuid('importer_org_id').references(() => organizations.id),
    logIndex: bigint('log_index', { mode: 'number' }),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    /** Where it came from: `upload` (a regulator or a vendor) or `feed` (a configured CSAF provider). */
    source: text('source').notNull().default('upload'),
    /** True for a vendor's own statements about its own products (VEX): may move any match state. */
    isVendorStatement: boolean('is_vendor_statement').notNull().default(false),
    /** A vendor's document applies only to this product version when set (else to all the vendor's versions). */
    scopeProductVersionId: uuid('scope_product_version_id').references(() => productVersions.id),
    /** The parser's warnings (GIT ranges, products without purl/CPE): stored, not matched. */
    warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
    /** Newer revision of the same document imported since: its statements no longer match new SBOMs. */
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    index('advisories_document_idx').on(t.documentId, t.importedAt),
    index('advisories_sha256_idx').on(t.sha256),
    // A revision is unique per scope (lib: DocumentScope): once in the regulators' shared record, once per vendor.
    uniqueIndex('advisories_document_revision_uq').on(t.documentId, t.revision).where(sql`not ${t.isVendorStatement}`),
    uniqueIndex('advisories_vendor_document_revision_uq').on(t.importerOrgId, t.documentId, t.revision).where(sql`${t.isVendorStatement}`),
  ],
);

/**
 * A component of a stored SBOM that an advisory statement covers. The key is (product version,
 * vulnerability, package): one match per vulnerability and package of a version, whatever document
 * or revision said it; `state` moves only through logged transitions.
 */
export const advisoryMatches = pgTable(
  'advisory_matches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productVersionId: uuid('product_version_id').notNull().references(() => productVersions.id),
    vulnerabilityId: text('vulnerability_id').notNull(),
    packageKey: text('package_key').notNull(),
    componentVersion: text('component_version'),
    componentId: bigint('component_id', { mode: 'number' }).references(() => sbomComponents.id),
    advisoryId: uuid('advisory_id').notNull().references(() => advisories.id),
    state: advisoryMatchStateEnum('state').notNull(),
    justification: text('justification'),
    /** `high` with an ecosystem comparator, `low` with the generic fallback. */
    confidence: text('confidence').notNull(),
    activelyExploited: boolean('actively_exploited').notNull().default(false),
    /** Who set the current state: `advisory` (a document's statement), `vendor` (its VEX) or `regulator` (a decision). */
    stateSource: text('state_source').notNull().default('advisory'),
    detail: text('detail'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('advisory_matches_key_uq').on(t.productVersionId, t.vulnerabilityId, t.packageKey),
    index('advisory_matches_state_idx').on(t.state, t.productVersionId),
  ],
);

/**
 * One statement of an advisory revision, with its purl reduced to the key matching joins on, so a
 * new SBOM is matched against every stored advisory in one join (never by re-parsing documents).
 */
export const advisoryStatements = pgTable(
  'advisory_statements',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    advisoryId: uuid('advisory_id').notNull().references(() => advisories.id),
    vulnerabilityId: text('vulnerability_id').notNull(),
    purlType: text('purl_type'),
    packageKey: text('package_key'),
    qualifiers: jsonb('qualifiers').$type<Record<string, string>>().notNull().default({}),
    /** `vendor:product` of a concrete CPE (never a wildcard); null otherwise. */
    cpeProduct: text('cpe_product'),
    range: jsonb('range').$type<AffectedRange>().notNull(),
    status: advisoryMatchStateEnum('status').notNull(),
    justification: text('justification'),
    detail: text('detail'),
    remediation: text('remediation'),
    activelyExploited: boolean('actively_exploited').notNull().default(false),
  },
  (t) => [index('advisory_statements_package_idx').on(t.packageKey), index('advisory_statements_cpe_idx').on(t.cpeProduct), index('advisory_statements_advisory_idx').on(t.advisoryId)],
);

/** A CSAF provider a regulator configured: `provider-metadata.json`, pulled on a schedule. */
export const advisoryFeeds = pgTable('advisory_feeds', {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url').notNull().unique(),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  orgId: uuid('org_id').notNull().references(() => organizations.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastPulledAt: timestamp('last_pulled_at', { withTimezone: true }),
  lastError: text('last_error'),
});

/** Per fetched URL: the validators for the next conditional request (ETag, Last-Modified). */
export const advisoryFetchCache = pgTable('advisory_fetch_cache', {
  url: text('url').primaryKey(),
  etag: text('etag'),
  lastModified: text('last_modified'),
  fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The vendor's work on one vulnerability of one certified version: the CRA clocks run from
 * `notified_at` (72 h notification), from `exploited_at` (24 h early warning) and from
 * `fix_available_at` (final report 14 days later).
 */
export const vendorTasks = pgTable(
  'vendor_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productVersionId: uuid('product_version_id').notNull().references(() => productVersions.id),
    vendorOrgId: uuid('vendor_org_id').notNull().references(() => organizations.id),
    vulnerabilityId: text('vulnerability_id').notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }).notNull(),
    exploitedAt: timestamp('exploited_at', { withTimezone: true }),
    fixAvailableAt: timestamp('fix_available_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('vendor_tasks_key_uq').on(t.productVersionId, t.vulnerabilityId), index('vendor_tasks_vendor_idx').on(t.vendorOrgId, t.closedAt)],
);
