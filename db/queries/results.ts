import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { evidence, testResults } from '@/db/schema/submissions';

export type TestResultRow = typeof testResults.$inferSelect;

/** No visibility check: callers must have authorised the actor for this submission already. */
export async function listResultsOfSubmission(db: Executor, submissionId: string) {
  return db.select().from(testResults).where(eq(testResults.submissionId, submissionId)).orderBy(asc(testResults.testCaseId));
}

/** Inserts or replaces whole result rows, keyed by (submission, test case). */
export async function upsertResults(db: Executor, rows: (typeof testResults.$inferInsert)[]) {
  // 8 parameters a row: 500 rows stay far below PostgreSQL's 65 535 bind parameters.
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(testResults)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: [testResults.submissionId, testResults.testCaseId],
        set: {
          specVersion: sql`excluded.spec_version`,
          result: sql`excluded.result`,
          notes: sql`excluded.notes`,
          evidenceId: sql`excluded.evidence_id`,
          recordedBy: sql`excluded.recorded_by`,
          recordedAt: sql`excluded.recorded_at`,
        },
      });
  }
}

/** Which of `ids` are evidence files of this submission. */
export async function evidenceIdsOfSubmission(db: Executor, submissionId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: evidence.id })
    .from(evidence)
    .where(and(eq(evidence.submissionId, submissionId), inArray(evidence.id, ids)));
  return new Set(rows.map((r) => r.id));
}
