import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { seedDemo } from '@/lib/demo/seed-demo';
import { submissions } from '@/db/schema/submissions';
import { certificates } from '@/db/schema/certificates';
import { verifyLog } from '@/lib/log/verify-log';
import { databaseLogSource } from '@/lib/log/store/database-log-source';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { DEMO_PASSWORD } from '@/lib/demo/demo-data';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo();
}, 180_000);
afterAll(async () => {
  await database.drop();
});

describe('demo seed', () => {
  it('creates a submission in every workflow state, with certificates for the approved ones', async () => {
    const states = new Set((await database.db.select({ state: submissions.state }).from(submissions)).map((r) => r.state));
    expect([...states].sort()).toEqual(
      ['approved', 'changes_requested', 'draft', 'in_evaluation', 'rejected', 'submitted', 'under_review', 'withdrawn'].sort(),
    );
    expect(await database.db.select().from(certificates)).toHaveLength(2);
  });

  it('logged every step: the log verifies end to end', async () => {
    const result = await verifyLog(databaseLogSource());
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.size).toBeGreaterThan(50);
  });

  it('lets the demo users sign in', async () => {
    const result = await signInWithPassword({ email: 'regulator2@ntsa.example', password: DEMO_PASSWORD }, '127.0.0.1');
    expect(result.ok).toBe(true);
  });

  it('refuses to run twice', async () => {
    await expect(seedDemo()).rejects.toMatchObject({ status: 409 });
  });
});
