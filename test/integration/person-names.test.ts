import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { addMember } from '../helpers/actors';
import { getDb } from '@/lib/db';
import { certificates } from '@/db/schema/certificates';
import type { Actor } from '@/lib/authz/actor';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { getSubmission } from '@/lib/submissions/read-submissions';
import { getSubmissionHistory } from '@/lib/submissions/read-submission-history';
import { getCertificate } from '@/lib/certificates/read-certificates';

let database: TestDatabase;
let s: Scenario;
let vendorMember: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('gNB');
  vendorMember = await addMember(s.vendor);
}, 120_000);
afterAll(async () => {
  await database.drop();
});

describe('names on decisions and history', () => {
  it('a regulator colleague sees who decided by name; the vendor and the lab see the role only', async () => {
    const row = await submissionInState(s, 'under_review');
    await performSubmissionAction(s.regulator, row.id, 'request_changes', { reason: 'Add the hardening guide.' });
    expect((await getSubmission(s.regulator2, row.id)).decisions.map((d) => d.regulatorName)).toEqual([s.regulator.name]);
    expect((await getSubmission(s.regulator, row.id)).decisions.map((d) => d.regulatorName)).toEqual([s.regulator.name]);
    expect((await getSubmission(s.vendor, row.id)).decisions.map((d) => d.regulatorName)).toEqual([null]);
    expect((await getSubmission(s.lab, row.id)).decisions.map((d) => d.regulatorName)).toEqual([null]);
  });

  it('history names the actor for colleagues only', async () => {
    const row = await submissionInState(s, 'draft');
    await performSubmissionAction(s.vendor, row.id, 'submit', {});
    const submitted = (events: Awaited<ReturnType<typeof getSubmissionHistory>>) => events.find((e) => e.type === 'submission.submitted')!;
    expect(submitted(await getSubmissionHistory(vendorMember, row.id)).actor.name).toBe(s.vendor.name);
    expect(submitted(await getSubmissionHistory(s.lab, row.id)).actor.name).toBeNull();
    expect(submitted(await getSubmissionHistory(s.regulator, row.id)).actor.name).toBeNull();
  });

  it('certificate history names the issuing regulator to colleagues, not to operators or the vendor', async () => {
    const row = await submissionInState(s, 'under_review');
    await performSubmissionAction(s.regulator, row.id, 'approve', { reason: 'All cases pass.' });
    const [certificate] = await (await getDb()).select().from(certificates).where(eq(certificates.submissionId, row.id));
    const issued = async (viewer: Actor) => (await getCertificate(viewer, certificate.id)).history.find((e) => e.type === 'certificate.issued')!.actor;
    expect((await issued(s.regulator2))?.name).toBe(s.regulator.name);
    expect((await issued(s.operator))?.name).toBeNull();
    expect((await issued(s.vendor))?.name).toBeNull();
  });
});
