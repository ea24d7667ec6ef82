import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { makeOrgUser } from '../helpers/actors';
import { decisions } from '@/db/schema/submissions';
import { countLogEntries, selectEntriesForSubject } from '@/db/queries/log';
import { findCertificateOfSubmission } from '@/db/queries/submissions';
import { ServiceError } from '@/lib/errors';
import { registryTotals } from '@/lib/registry/registry-totals';
import { createSubmission } from '@/lib/submissions/commands/create-submission';
import { changeSubmissionLab } from '@/lib/submissions/commands/change-lab';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { getSubmission } from '@/lib/submissions/read-submissions';

// Lets one test make the inbox fail, to show a notification never fails the action it follows.
const inbox = vi.hoisted(() => ({ isDown: false }));
vi.mock('@/lib/notifications/notify', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/notifications/notify')>();
  return {
    ...real,
    notify: async (...args: Parameters<typeof real.notify>) => {
      if (inbox.isDown) throw new Error('inbox down');
      return real.notify(...args);
    },
  };
});

let database: TestDatabase;
let s: Scenario;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('AMF');
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const statusOf = (p: Promise<unknown>) => p.then(() => 200, (e) => (e instanceof ServiceError ? e.status : Promise.reject(e)));
const entriesOf = async (id: string) => (await selectEntriesForSubject(database.db, 'submission', id)).map((e) => ({ ...e, parsed: JSON.parse(e.entry) }));

/** Runs `act` and returns how many log entries it wrote. */
async function logDelta(act: () => Promise<unknown>) {
  const before = await countLogEntries(database.db);
  await act();
  return (await countLogEntries(database.db)) - before;
}

describe('opening a submission', () => {
  it('opens a draft with an accredited lab and logs submission.created', async () => {
    const created = await createSubmission(s.vendor, { productVersionId: s.version.id, labOrgId: s.lab.orgId });
    expect(created).toMatchObject({ state: 'draft', lab: { id: s.lab.orgId }, productVersion: { id: s.version.id } });
    const entries = await entriesOf(created.id);
    expect(entries.map((e) => e.type)).toEqual(['submission.created']);
    expect(entries[0].parsed.data).toEqual({ productVersionId: s.version.id, labOrgId: s.lab.orgId, scheme: 'NESAS/SCAS' });
  });

  it('refuses anyone but vendors with 403, before looking at the body or the version', async () => {
    expect(await statusOf(createSubmission(s.lab, { productVersionId: s.version.id, labOrgId: s.lab.orgId }))).toBe(403);
    expect(await statusOf(createSubmission(s.regulator, { nonsense: true }))).toBe(403);
  });

  it('answers 404 for another vendor’s version and 422 for a lab that may not evaluate it, logging nothing', async () => {
    const unaccredited = await makeOrgUser('lab');
    const cases = [
      [s.otherVendor, s.lab.orgId, 404],
      [s.vendor, unaccredited.orgId, 422],
      [s.vendor, s.regulator.orgId, 422],
    ] as const;
    for (const [actor, labOrgId, status] of cases) {
      const delta = await logDelta(async () => expect(await statusOf(createSubmission(actor, { productVersionId: s.version.id, labOrgId }))).toBe(status));
      expect(delta).toBe(0);
    }
  });
});

describe('changing the lab of a draft', () => {
  it('lets the vendor choose another accredited lab, logging submission.lab_changed', async () => {
    const draft = await submissionInState(s, 'draft');
    const changed = await changeSubmissionLab(s.vendor, draft.id, { labOrgId: s.otherLab.orgId }, draft.version);
    expect(changed).toMatchObject({ lab: { id: s.otherLab.orgId }, version: draft.version + 1 });
    const [entry] = (await entriesOf(draft.id)).filter((e) => e.type === 'submission.lab_changed');
    expect(entry.parsed.data).toEqual({ from: s.lab.orgId, to: s.otherLab.orgId });
  });

  it('refuses others (403), a submission past draft (409 naming it), a stale If-Match (412) and an unaccredited lab (422)', async () => {
    const submitted = await submissionInState(s, 'submitted');
    const draft = await submissionInState(s, 'draft');
    const unaccredited = await makeOrgUser('lab');
    const delta = await logDelta(async () => {
      await expect(changeSubmissionLab(s.regulator, submitted.id, { labOrgId: s.otherLab.orgId })).rejects.toMatchObject({ status: 403 });
      await expect(changeSubmissionLab(s.vendor, submitted.id, { labOrgId: s.otherLab.orgId })).rejects.toMatchObject({
        status: 409,
        extra: { currentState: 'submitted' },
      });
      await expect(changeSubmissionLab(s.otherVendor, draft.id, { labOrgId: s.otherLab.orgId })).rejects.toMatchObject({ status: 404 });
      await expect(changeSubmissionLab(s.vendor, draft.id, { labOrgId: s.otherLab.orgId }, draft.version + 1)).rejects.toMatchObject({
        status: 412,
        extra: { currentVersion: draft.version },
      });
      await expect(changeSubmissionLab(s.vendor, draft.id, { labOrgId: unaccredited.orgId })).rejects.toMatchObject({ status: 422 });
    });
    expect(delta).toBe(0);
    expect((await getSubmission(s.vendor, draft.id)).lab?.id).toBe(s.lab.orgId);
  });
});

describe('workflow actions on the runner', () => {
  it('tells a lab that declines only that the draft went back, and the vendor sees it as a draft again', async () => {
    const row = await submissionInState(s, 'submitted');
    const answer = await performSubmissionAction(s.lab, row.id, 'decline', { reason: 'No capacity this quarter' });
    expect(answer).toEqual({ id: row.id, state: 'draft', version: row.version + 1, isVisible: false });
    expect(await statusOf(getSubmission(s.lab, row.id))).toBe(404);
    expect((await getSubmission(s.vendor, row.id)).state).toBe('draft');
    const [entry] = (await entriesOf(row.id)).filter((e) => e.type === 'submission.declined');
    expect(entry.parsed.data).toEqual({ from: 'submitted', to: 'draft', reason: 'No capacity this quarter' });
  });

  it('stores each decision’s log index, and the certificate entry names the approval that issued it', async () => {
    const row = await submissionInState(s, 'under_review');
    registryTotals.remember('submission-commands-test', { count: 1, isCapped: false });
    await performSubmissionAction(s.regulator, row.id, 'approve', {});
    // The first of two approvals issues nothing, so the registry's counts stand.
    expect(registryTotals.get('submission-commands-test')).toEqual({ count: 1, isCapped: false });
    await performSubmissionAction(s.regulator2, row.id, 'approve', { reason: 'Four eyes' });

    const stored = await database.db.select().from(decisions).where(eq(decisions.submissionId, row.id));
    const approvals = (await entriesOf(row.id)).filter((e) => e.type === 'decision.approved');
    expect(approvals.map((e) => e.parsed.data.approvals)).toEqual([
      { given: 1, required: 2 },
      { given: 2, required: 2 },
    ]);
    expect(approvals.map((e) => [e.parsed.data.from, e.parsed.data.to])).toEqual([
      ['under_review', 'under_review'],
      ['under_review', 'approved'],
    ]);
    for (const entry of approvals) {
      expect(stored.find((d) => d.id === entry.parsed.data.decisionId)?.logIndex).toBe(entry.index);
    }
    const certificate = (await findCertificateOfSubmission(database.db, row.id))!;
    const [issued] = await selectEntriesForSubject(database.db, 'certificate', certificate.id);
    expect(issued.type).toBe('certificate.issued');
    expect(JSON.parse(issued.entry).data).toMatchObject({ submissionId: row.id, decisionLogIndex: approvals[1].index });
    expect(issued.index).toBe(approvals[1].index + 1);
    // The certificate changed the registry: totals remembered before it are forgotten.
    expect(registryTotals.get('submission-commands-test')).toBeUndefined();
  });

  it('commits the action even when the notification after it fails', async () => {
    const row = await submissionInState(s, 'draft');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    inbox.isDown = true;
    try {
      const delta = await logDelta(async () => expect((await performSubmissionAction(s.vendor, row.id, 'submit', {})).state).toBe('submitted'));
      expect(delta).toBe(1);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('submission.submit'), expect.any(Error));
    } finally {
      inbox.isDown = false;
      logged.mockRestore();
    }
    expect((await getSubmission(s.vendor, row.id)).state).toBe('submitted');
  });
});
