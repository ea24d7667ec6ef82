import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { ServiceError } from '@/lib/errors';
import { addMember } from '../helpers/actors';
import { getDb } from '@/lib/db';
import { certificates } from '@/db/schema/certificates';
import { eq } from 'drizzle-orm';

let database: TestDatabase;
let s: Scenario;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('gNB');
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const outcome = (p: Promise<unknown>) => p.then(() => 200, (e) => (e instanceof ServiceError ? e.status : Promise.reject(e)));

describe('racing decisions', () => {
  it('lets exactly one of many concurrent decisions win and issues at most one certificate', async () => {
    const row = await submissionInState(s, 'under_review');
    const regulators = [s.regulator, s.regulator2, ...(await Promise.all([1, 2, 3].map(() => addMember(s.regulator))))];
    const actions = ['approve', 'reject', 'request_changes', 'approve', 'reject'] as const;
    const results = await Promise.all(
      actions.map((action, i) => outcome(performSubmissionAction(regulators[i], row.id, action, { reason: 'race' }))),
    );
    expect(results.filter((r) => r === 200)).toHaveLength(1);
    expect(results.filter((r) => r !== 200).every((r) => r === 409)).toBe(true);
    const db = await getDb();
    expect((await db.select().from(certificates).where(eq(certificates.submissionId, row.id))).length).toBeLessThanOrEqual(1);
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    const row = await submissionInState(s, 'draft');
    await expect(performSubmissionAction(s.vendor, row.id, 'submit', {}, row.version + 5)).rejects.toMatchObject({ status: 412 });
    const fresh = await performSubmissionAction(s.vendor, row.id, 'submit', {}, row.version);
    expect(fresh.state).toBe('submitted');
  });
});
