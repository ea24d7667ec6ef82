import { and, asc, eq, gt, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { certificates } from '../schema/certificates';
import { sbomComponents } from '../schema/components';
import { organizations } from '../schema/organizations';
import { products, productVersions } from '../schema/products';
import { evidence, submissions } from '../schema/submissions';

export type SbomComponentInsert = typeof sbomComponents.$inferInsert;

/** Rows per INSERT: 10 parameters a row stays well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 2000;

/** Inserts index rows in chunks (one statement per chunk, in the caller's transaction). */
export async function insertSbomComponents(db: Executor, rows: readonly SbomComponentInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await db.insert(sbomComponents).values(rows.slice(i, i + INSERT_CHUNK));
  }
}

/** Whether an evidence row already has index rows (the backfill skips those). */
export async function hasSbomComponents(db: Executor, evidenceId: string): Promise<boolean> {
  const [row] = await db.select({ id: sbomComponents.id }).from(sbomComponents).where(eq(sbomComponents.evidenceId, evidenceId)).limit(1);
  return row !== undefined;
}

/**
 * SBOM evidence rows without index rows, by id after `afterId`, with what the index copies in.
 * No visibility check: the backfill command only.
 */
export async function listUnindexedSbomEvidence(db: Executor, params: { afterId?: string; limit: number }) {
  return db
    .select({ id: evidence.id, sha256: evidence.sha256, submissionId: evidence.submissionId, productVersionId: submissions.productVersionId })
    .from(evidence)
    .innerJoin(submissions, eq(submissions.id, evidence.submissionId))
    .where(
      and(
        eq(evidence.kind, 'sbom'),
        sql`${evidence.sbom} is not null`,
        params.afterId ? gt(evidence.id, params.afterId) : undefined,
        sql`not exists (select 1 from ${sbomComponents} where ${sbomComponents.evidenceId} = ${evidence.id})`,
      ),
    )
    .orderBy(asc(evidence.id))
    .limit(params.limit);
}

/** Sets the conformance report of an evidence row that has none yet (the backfill). */
export async function setMissingConformance(db: Executor, evidenceId: string, conformance: NonNullable<typeof evidence.$inferInsert.conformance>) {
  await db.update(evidence).set({ conformance }).where(and(eq(evidence.id, evidenceId), isNull(evidence.conformance)));
}

export type ComponentSearchParams = {
  packageKey: string;
  version: string | null;
  /** Identity qualifiers the row must have (`distro`…); empty for any. */
  qualifiers: Record<string, string>;
  /** Only rows after this index row id (keyset pagination). */
  afterId?: number;
  limit: number;
  /** Which rows the viewer may see: a condition over `evidence`, `submissions` and `certificates` (left-joined). */
  visible: SQL;
};

/**
 * Index rows of one package (and version), oldest first, with the product version, vendor and the
 * certificate of the SBOM's submission (null when none was issued). Walks
 * `sbom_components_package_idx` / `_package_id_idx` in id order, so a page costs its rows, not the
 * package's whole range.
 */
export async function searchSbomComponents(db: Executor, params: ComponentSearchParams) {
  const hasQualifiers = Object.keys(params.qualifiers).length > 0;
  return db
    .select({
      id: sbomComponents.id,
      purl: sbomComponents.purl,
      name: sbomComponents.name,
      componentVersion: sbomComponents.version,
      evidenceId: sbomComponents.evidenceId,
      submissionId: sbomComponents.submissionId,
      submissionState: submissions.state,
      productVersionId: productVersions.id,
      version: productVersions.version,
      productId: products.id,
      productName: products.name,
      vendorOrgId: organizations.id,
      vendorName: organizations.name,
      certificateId: certificates.id,
      certificateStatus: certificates.status,
      certificateExpiresAt: certificates.expiresAt,
    })
    .from(sbomComponents)
    .innerJoin(evidence, eq(evidence.id, sbomComponents.evidenceId))
    .innerJoin(submissions, eq(submissions.id, sbomComponents.submissionId))
    .innerJoin(productVersions, eq(productVersions.id, sbomComponents.productVersionId))
    .innerJoin(products, eq(products.id, productVersions.productId))
    .innerJoin(organizations, eq(organizations.id, products.vendorOrgId))
    .leftJoin(certificates, eq(certificates.submissionId, sbomComponents.submissionId))
    .where(
      and(
        eq(sbomComponents.packageKey, params.packageKey),
        params.version === null ? undefined : eq(sbomComponents.version, params.version),
        hasQualifiers ? sql`${sbomComponents.qualifiers} @> ${JSON.stringify(params.qualifiers)}::jsonb` : undefined,
        params.afterId === undefined ? undefined : gt(sbomComponents.id, params.afterId),
        params.visible,
      ),
    )
    .orderBy(asc(sbomComponents.id))
    .limit(params.limit);
}
