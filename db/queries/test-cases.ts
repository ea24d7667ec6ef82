import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { testCases } from '@/db/schema/submissions';

/** Inserts or refreshes catalogue rows (idempotent; safe on every start). */
export async function upsertTestCases(db: Executor, rows: (typeof testCases.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(testCases)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: testCases.id,
        set: {
          spec: sql`excluded.spec`,
          specVersion: sql`excluded.spec_version`,
          clause: sql`excluded.clause`,
          title: sql`excluded.title`,
          group: sql`excluded.group`,
          testNames: sql`excluded.test_names`,
          appliesTo: sql`excluded.applies_to`,
        },
      });
  }
}
