import { bigint, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
  },
  (t) => [index('advisories_document_idx').on(t.documentId, t.importedAt), index('advisories_sha256_idx').on(t.sha256)],
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('advisory_matches_key_uq').on(t.productVersionId, t.vulnerabilityId, t.packageKey),
    index('advisory_matches_state_idx').on(t.state, t.productVersionId),
  ],
);
