import { evidenceVisibleTo } from '@/lib/visibility/evidence';
import type { Viewer } from '@/lib/visibility/viewer';
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { evidence, testResults, testCases } from '@/db/schema/submissions';
import { evidenceIntegrityEvents } from '@/db/schema/evidence-integrity';
import { labAccreditations } from '@/db/schema/organizations';
import { advisories } from '@/db/schema/advisories';

export type EvidenceRow = typeof evidence.$inferSelect;

export async function listEvidenceOfSubmission(db: Executor, submissionId: string, visibilities?: EvidenceRow['visibility'][]) {
  return db
    .select()
    .from(evidence)
    .where(and(eq(evidence.submissionId, submissionId), visibilities ? inArray(evidence.visibility, visibilities) : undefined))
    .orderBy(asc(evidence.createdAt));
}

export async function resultCountsOfSubmission(db: Executor, submissionId: string) {
  return db
    .select({ result: testResults.result, n: sql<number>`count(*)::int` })
    .from(testResults)
    .where(eq(testResults.submissionId, submissionId))
    .groupBy(testResults.result);
}

export async function resultTestCaseIds(db: Executor, submissionId: string) {
  const rows = await db.select({ id: testResults.testCaseId }).from(testResults).where(eq(testResults.submissionId, submissionId));
  return rows.map((r) => r.id);
}

export async function listAccreditationsOfLab(db: Executor, labOrgId: string) {
  return db.select().from(labAccreditations).where(eq(labAccreditations.labOrgId, labOrgId));
}

export async function insertEvidence(db: Executor, values: typeof evidence.$inferInsert) {
  const [row] = await db.insert(evidence).values(values).returning();
  return row;
}

export async function setEvidenceLogIndex(db: Executor, evidenceId: string, logIndex: number) {
  await db.update(evidence).set({ logIndex }).where(eq(evidence.id, evidenceId));
}

/** The evidence row if `viewer` may see it (lib/visibility/evidence.ts), else null. */
export async function findVisibleEvidence(db: Executor, viewer: Viewer, id: string) {
  const [row] = await db
    .select()
    .from(evidence)
    .where(and(eq(evidence.id, id), evidenceVisibleTo(viewer)));
  return row ?? null;
}

/**
 * One page of a submission's evidence, oldest first, after the row `afterId` when given. The cursor
 * is compared in SQL so `created_at` keeps its microseconds (a JS Date would cut them and skip rows).
 */
export async function listEvidencePage(
  db: Executor,
  params: { submissionId: string; visibilities?: EvidenceRow['visibility'][]; afterId?: string; limit: number },
) {
  const after = params.afterId
    ? sql`(${evidence.createdAt}, ${evidence.id}) > (select e.created_at, e.id from ${evidence} e where e.id = ${params.afterId})`
    : undefined;
  return db
    .select()
    .from(evidence)
    .where(
      and(
        eq(evidence.submissionId, params.submissionId),
        params.visibilities ? inArray(evidence.visibility, params.visibilities) : undefined,
        after,
      ),
    )
    .orderBy(asc(evidence.createdAt), asc(evidence.id))
    .limit(params.limit);
}

/** The SCAS specs and versions the results were recorded against, e.g. "TS 33.117 18.1.0; TS 33.512 18.0.0". */
export async function specVersionsOfResults(db: Executor, submissionId: string): Promise<string> {
  const rows = await db
    .selectDistinct({ spec: testCases.spec, version: testResults.specVersion })
    .from(testResults)
    .innerJoin(testCases, eq(testResults.testCaseId, testCases.id))
    .where(eq(testResults.submissionId, submissionId))
    .orderBy(testCases.spec);
  return rows.map((r) => `${r.spec} ${r.version}`).join('; ');
}

export type IntegrityEventRow = typeof evidenceIntegrityEvents.$inferSelect;

export async function insertIntegrityEvents(db: Executor, values: (typeof evidenceIntegrityEvents.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db.insert(evidenceIntegrityEvents).values(values).returning();
}

/** The latest integrity event of each of these blobs (the blob's current state); blobs never checked have none. */
export async function findLatestIntegrityEvents(db: Executor, sha256s: readonly string[]): Promise<IntegrityEventRow[]> {
  if (sha256s.length === 0) return [];
  return db
    .selectDistinctOn([evidenceIntegrityEvents.sha256])
    .from(evidenceIntegrityEvents)
    .where(inArray(evidenceIntegrityEvents.sha256, [...new Set(sha256s)]))
    .orderBy(evidenceIntegrityEvents.sha256, desc(evidenceIntegrityEvents.detectedAt), desc(evidenceIntegrityEvents.id));
}

/** Every integrity event of one blob, oldest first. */
export async function listIntegrityEventsOfBlob(db: Executor, sha256: string): Promise<IntegrityEventRow[]> {
  return db
    .select()
    .from(evidenceIntegrityEvents)
    .where(eq(evidenceIntegrityEvents.sha256, sha256))
    .orderBy(asc(evidenceIntegrityEvents.detectedAt));
}

/** All evidence rows' blob references, by id, one page after `afterId`. No visibility check: integrity jobs only. */
export async function listEvidenceBlobRefs(db: Executor, params: { afterId?: string; limit: number }) {
  return db
    .select({ id: evidence.id, sha256: evidence.sha256, size: evidence.size })
    .from(evidence)
    .where(params.afterId ? gt(evidence.id, params.afterId) : undefined)
    .orderBy(asc(evidence.id))
    .limit(params.limit);
}

/** Which of these blobs at least one evidence row references. */
export async function findReferencedSha256s(db: Executor, sha256s: readonly string[]): Promise<Set<string>> {
  if (sha256s.length === 0) return new Set();
  const wanted = [...new Set(sha256s)];
  const rows = await db
    .selectDistinct({ sha256: evidence.sha256 })
    .from(evidence)
    .where(inArray(evidence.sha256, wanted))
    // Advisory documents share the blob store: their bytes are referenced too.
    .union(db.selectDistinct({ sha256: advisories.sha256 }).from(advisories).where(inArray(advisories.sha256, wanted)));
  return new Set(rows.map((r) => r.sha256));
}
