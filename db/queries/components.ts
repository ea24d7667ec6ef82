import { and, asc, eq, gt, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import { executePrepared, type Executor } from '../client';
import { certificates } from '../schema/certificates';
import { sbomComponents, sbomMatchQueue } from '../schema/components';
import { organizations } from '../schema/organizations';
import { products, productVersions } from '../schema/products';
import { evidence, submissions } from '../schema/submissions';

export type SbomComponentInsert = typeof sbomComponents.$inferInsert;

/** Rows per INSERT statement. */
const INSERT_CHUNK = 5000;

/**
 * Inserts index rows in chunks, in the caller's transaction. Each chunk travels as one JSON
 * parameter unpacked by `jsonb_to_recordset`: one short statement to parse and bind instead of ten
 * parameters a row, several times faster for a large SBOM, on PostgreSQL and PGlite alike.
 */
export async function insertSbomComponents(db: Executor, rows: readonly SbomComponentInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK).map((r) => ({
      evidence_id: r.evidenceId,
      submission_id: r.submissionId,
      product_version_id: r.productVersionId,
      purl_type: r.purlType ?? null,
      package_key: r.packageKey ?? null,
      qualifiers: r.qualifiers ?? null,
      purl: r.purl ?? null,
      name: r.name,
      version: r.version ?? null,
      cpe: r.cpe ?? null,
      superseded_at: r.supersededAt ? new Date(r.supersededAt).toISOString() : null,
    }));
    await db.execute(sql`
      insert into ${sbomComponents} (evidence_id, submission_id, product_version_id, purl_type, package_key, qualifiers, purl, name, version, cpe, superseded_at)
      select evidence_id, submission_id, product_version_id, purl_type, package_key, qualifiers, purl, name, version, cpe, superseded_at
      from rows from (jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as (
        evidence_id uuid, submission_id uuid, product_version_id uuid, purl_type text, package_key text,
        qualifiers jsonb, purl text, name text, version text, cpe text, superseded_at timestamptz)) with ordinality as x(
        evidence_id, submission_id, product_version_id, purl_type, package_key, qualifiers, purl, name, version, cpe, superseded_at, n)
      order by n`);
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
 * certificate of the SBOM's submission (null when none was issued). The page of rows is chosen in
 * a subquery over the index, the evidence and the submission only (walking
 * `sbom_components_package_idx` / `_package_id_idx` in id order, so a page costs its rows, not the
 * package's whole range); the names are joined to those rows afterwards. One flat join of all eight
 * relations took the planner 15-40 ms to order, the two small ones about 1 ms.
 */
export function searchSbomComponents(db: Executor, params: ComponentSearchParams) {
  const hasQualifiers = Object.keys(params.qualifiers).length > 0;
  const hits = db
    .select({
      id: sbomComponents.id,
      purl: sbomComponents.purl,
      name: sbomComponents.name,
      componentVersion: sql<string | null>`${sbomComponents.version}`.as('component_version'),
      evidenceId: sbomComponents.evidenceId,
      submissionId: sbomComponents.submissionId,
      productVersionId: sbomComponents.productVersionId,
      submissionState: sql<(typeof submissions.$inferSelect)['state']>`${submissions.state}`.as('submission_state'),
    })
    .from(sbomComponents)
    .innerJoin(evidence, eq(evidence.id, sbomComponents.evidenceId))
    .innerJoin(submissions, eq(submissions.id, sbomComponents.submissionId))
    .where(
      and(
        eq(sbomComponents.packageKey, params.packageKey),
        params.version === null ? undefined : eq(sbomComponents.version, params.version),
        hasQualifiers ? sql`${sbomComponents.qualifiers} @> ${JSON.stringify(params.qualifiers)}::jsonb` : undefined,
        params.afterId === undefined ? undefined : gt(sbomComponents.id, params.afterId),
        isNull(sbomComponents.supersededAt),
        params.visible,
      ),
    )
    .orderBy(asc(sbomComponents.id))
    .limit(params.limit)
    .as('hits');
  return db
    .select({
      id: hits.id,
      purl: hits.purl,
      name: hits.name,
      componentVersion: hits.componentVersion,
      evidenceId: hits.evidenceId,
      submissionId: hits.submissionId,
      submissionState: hits.submissionState,
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
    .from(hits)
    .innerJoin(productVersions, eq(productVersions.id, hits.productVersionId))
    .innerJoin(products, eq(products.id, productVersions.productId))
    .innerJoin(organizations, eq(organizations.id, products.vendorOrgId))
    .leftJoin(certificates, eq(certificates.submissionId, hits.submissionId))
    .orderBy(asc(hits.id));
}

/** Queues an indexed SBOM for matching (a second time for the same evidence keeps the first). */
export async function enqueueSbomMatching(tx: Executor, row: { evidenceId: string; submissionId: string; queuedAt: Date }): Promise<void> {
  await tx.insert(sbomMatchQueue).values(row).onConflictDoNothing();
}

/** Takes an SBOM off the queue inside the matching transaction (waits for another one matching it). */
export async function dequeueSbomMatching(tx: Executor, evidenceId: string): Promise<void> {
  await tx.delete(sbomMatchQueue).where(eq(sbomMatchQueue.evidenceId, evidenceId));
}

/** SBOMs queued at or before `queuedBefore`, oldest first. */
export async function listQueuedSbomMatching(db: Executor, queuedBefore: Date, limit: number): Promise<{ evidenceId: string; submissionId: string }[]> {
  return db
    .select({ evidenceId: sbomMatchQueue.evidenceId, submissionId: sbomMatchQueue.submissionId })
    .from(sbomMatchQueue)
    .where(lte(sbomMatchQueue.queuedAt, queuedBefore))
    .orderBy(asc(sbomMatchQueue.queuedAt), asc(sbomMatchQueue.evidenceId))
    .limit(limit);
}

/** Whether the submission holds an SBOM newer than this one (stored later; the id breaks a tie). */
export async function hasNewerSbom(db: Executor, evidenceId: string): Promise<boolean> {
  const [row] = await executePrepared<{ newer: boolean }>(db, sql`
    select exists (
      select 1 from ${evidence} e join ${evidence} me on me.id = ${evidenceId}::uuid
      where e.submission_id = me.submission_id and e.kind = 'sbom' and e.sbom is not null and (e.created_at, e.id) > (me.created_at, me.id)
    ) as newer`);
  return Boolean(row?.newer);
}

/** Marks the index rows of the submission's other SBOMs superseded. */
export async function supersedeOtherSbomComponents(tx: Executor, params: { productVersionId: string; submissionId: string; currentEvidenceId: string; now: Date }): Promise<void> {
  // By the version first: its index rows are found through sbom_components_version_idx.
  await tx
    .update(sbomComponents)
    .set({ supersededAt: params.now })
    .where(
      and(
        eq(sbomComponents.productVersionId, params.productVersionId),
        eq(sbomComponents.submissionId, params.submissionId),
        ne(sbomComponents.evidenceId, params.currentEvidenceId),
        isNull(sbomComponents.supersededAt),
      ),
    );
}
