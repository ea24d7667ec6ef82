import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { evidenceVisibleTo } from '@/lib/visibility/evidence';
import type { Viewer } from '@/lib/visibility/viewer';
import type { Executor } from '../client';
import { evidence, testResults, testCases } from '@/db/schema/submissions';
import { labAccreditations } from '@/db/schema/organizations';

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
