import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { productVersions } from './products';
import { evidence, submissions } from './submissions';

/**
 * One row per component of a stored SBOM (CycloneDX or SPDX): the component index matching and
 * "search by component" read. Kept by the service that stores an SBOM (the add-evidence command),
 * in the same transaction. `package_key` is the version-less purl identity (lib/components/purl);
 * `product_version_id` and `submission_id` are copied in so matching never joins through evidence.
 */
export const sbomComponents = pgTable(
  'sbom_components',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    evidenceId: uuid('evidence_id').notNull().references(() => evidence.id),
    submissionId: uuid('submission_id').notNull().references(() => submissions.id),
    productVersionId: uuid('product_version_id').notNull().references(() => productVersions.id),
    /** purl type (`npm`, `maven`, `deb`…); null when the component has no purl (CPE only). */
    purlType: text('purl_type'),
    /** `pkg:type/namespace/name`, normalised; null without a purl. */
    packageKey: text('package_key'),
    /** The identity-changing qualifiers (`distro`, `arch`…), keys sorted. */
    qualifiers: jsonb('qualifiers').$type<Record<string, string>>(),
    /** The canonical purl with version and kept qualifiers. */
    purl: text('purl'),
    name: text('name').notNull(),
    version: text('version'),
    /** CPE 2.3 name when the SBOM gives one. */
    cpe: text('cpe'),
    /**
     * `vendor:product` of the CPE, lower-cased, escapes kept (`foo\:bar:baz`): the fields split at
     * colons no backslash escapes — the grammar of lib/matching/statement-key.ts (CPE_23), which a test
     * holds this expression to. What a CPE-only statement matches on.
     */
    /**
     * Set once a newer SBOM of the same submission is indexed: the component is no longer in what
     * the vendor states the version contains, so matching and search leave it out (kept for history).
     */
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    cpeProduct: text('cpe_product').generatedAlwaysAs(sql.raw(String.raw`lower(substring(cpe from '^[cC][pP][eE]:2\.3:(?:[^:\\]|\\.)*:((?:[^:\\]|\\.)*:(?:[^:\\]|\\.)*)(?::|$)'))`)),
  },
  (t) => [
    // "Which versions contain purl X": both orders end in the id, so a page is the next rows of one
    // index range (keyset on id) whether or not the search names a version.
    index('sbom_components_package_idx').on(t.packageKey, t.version, t.id),
    index('sbom_components_package_id_idx').on(t.packageKey, t.id),
    index('sbom_components_evidence_idx').on(t.evidenceId),
    index('sbom_components_version_idx').on(t.productVersionId),
    index('sbom_components_cpe_idx').on(t.cpe),
    index('sbom_components_cpe_product_idx').on(t.cpeProduct),
  ],
);

/**
 * SBOMs indexed but not yet matched against the stored advisories: a row is added in the transaction
 * that indexes the SBOM and removed in the one that matches it, so a process that dies between the
 * two leaves the row behind for the retry job (lib/matching/sbom-match-queue.ts) — never an SBOM
 * that no advisory is checked against.
 */
export const sbomMatchQueue = pgTable('sbom_match_queue', {
  evidenceId: uuid('evidence_id').primaryKey().references(() => evidence.id),
  submissionId: uuid('submission_id').notNull().references(() => submissions.id),
  queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
});
