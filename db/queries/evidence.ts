import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { evidence, testResults, labAccreditations } from '../schema';

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
