import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { addEvidenceRow, createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { addMember, makeOrgUser } from '../helpers/actors';
import { getDb } from '@/lib/db';
import { certificates } from '@/db/schema/certificates';
import { deployments, notifications } from '@/db/schema/operators';
import type { Actor } from '@/lib/authz/actor';
import { unauthorized } from '@/lib/errors';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { revokeCertificate, suspendCertificate } from '@/lib/certificates/commands/certificate-action';
import { listNotifications, unreadCount } from '@/lib/notifications/read-notifications';
import { setFollow } from '@/lib/follows/commands/set-follow';
import { getFollowedFunctions } from '@/lib/follows/read-follows';

const caller = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/get-actor', () => ({
  requireActor: async () => {
    if (!caller.actor) throw unauthorized();
    return caller.actor;
  },
}));
const followsRoute = await import('@/app/api/v1/me/follows/route');

let database: TestDatabase;
let s: Scenario;
let operatorColleague: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('gNB');
  operatorColleague = await addMember(s.operator);
}, 120_000);
afterAll(async () => {
  await database.drop();
});

async function notesOf(kind: string, link: string) {
  return (await getDb())
    .select()
    .from(notifications)
    .where(and(eq(notifications.kind, kind), eq(notifications.link, link)));
}

async function certificateOf(submissionId: string) {
  const [row] = await (await getDb()).select().from(certificates).where(eq(certificates.submissionId, submissionId));
  return row;
}

describe('notifications resolve when their item is decided', () => {
  it('"ready for review" is marked done and read for every regulator once one of them decides', async () => {
    for (const action of ['approve', 'reject', 'request_changes'] as const) {
      const row = await submissionInState(s, 'in_evaluation');
      await performSubmissionAction(s.lab, row.id, 'submit_evaluation', {});
      const before = await notesOf('evaluation.submitted', `/submissions/${row.id}`);
      expect(before.map((n) => n.resolvedAt)).toEqual([null, null]);
      await performSubmissionAction(s.regulator, row.id, action, { reason: 'Decided.' });
      const after = await notesOf('evaluation.submitted', `/submissions/${row.id}`);
      expect(after).toHaveLength(2);
      expect(after.every((n) => n.resolvedAt !== null && n.isRead)).toBe(true);
    }
    const inbox = (await listNotifications(s.regulator2, {})).items.filter((n) => n.kind === 'evaluation.submitted');
    expect(inbox.every((n) => n.resolvedAt !== null)).toBe(true);
  });

  it('a new assignment is done once the lab accepts; a change request once the vendor resubmits', async () => {
    const row = await submissionInState(s, 'draft');
    await performSubmissionAction(s.vendor, row.id, 'submit', {});
    expect((await notesOf('assignment.new', `/submissions/${row.id}`))[0].resolvedAt).toBeNull();
    await performSubmissionAction(s.lab, row.id, 'accept', { conflictOfInterest: { hasConflict: false, statement: 'Independent.' } });
    expect((await notesOf('assignment.new', `/submissions/${row.id}`))[0].resolvedAt).not.toBeNull();

    const changed = await submissionInState(s, 'under_review');
    await performSubmissionAction(s.regulator, changed.id, 'request_changes', { reason: 'Add the guide.' });
    const request = () => notesOf('decision.changes_requested', `/submissions/${changed.id}`);
    expect((await request()).every((n) => n.resolvedAt === null)).toBe(true);
    await addEvidenceRow(changed.id, s.vendor, 'design_doc', new Date(Date.now() + 1000));
    await performSubmissionAction(s.vendor, changed.id, 'resubmit', {});
    expect((await request()).every((n) => n.resolvedAt !== null)).toBe(true);
  });

  it('leaves news and other submissions alone', async () => {
    const decided = await submissionInState(s, 'in_evaluation');
    const waiting = await submissionInState(s, 'in_evaluation');
    await performSubmissionAction(s.lab, decided.id, 'submit_evaluation', {});
    await performSubmissionAction(s.lab, waiting.id, 'submit_evaluation', {});
    await performSubmissionAction(s.regulator, decided.id, 'reject', { reason: 'Fails.' });
    expect((await notesOf('evaluation.submitted', `/submissions/${waiting.id}`)).every((n) => n.resolvedAt === null)).toBe(true);
    expect((await notesOf('decision.rejected', `/submissions/${decided.id}`)).every((n) => n.resolvedAt === null)).toBe(true);
  });
});

describe('operators follow network functions', () => {
  it('only operators may follow; an empty or unknown function is refused in words', async () => {
    await expect(setFollow(s.vendor, { networkFunction: 'gNB', isFollowing: true })).rejects.toMatchObject({ status: 403 });
    await expect(setFollow(s.operator, { networkFunction: '', isFollowing: true })).rejects.toMatchObject({ status: 400 });
    await expect(setFollow(s.operator, { networkFunction: 'TOASTER', isFollowing: true })).rejects.toMatchObject({ status: 400 });
    expect(await getFollowedFunctions(s.operator)).toEqual([]);
  });

  it('follows and unfollows, per person, idempotently', async () => {
    expect(await setFollow(s.operator, { networkFunction: 'AMF', isFollowing: true })).toEqual({ changed: true, following: ['AMF'] });
    expect(await setFollow(s.operator, { networkFunction: 'AMF', isFollowing: true })).toEqual({ changed: false, following: ['AMF'] });
    expect(await setFollow(s.operator, { networkFunction: 'AMF', isFollowing: false })).toEqual({ changed: true, following: [] });
    expect(await getFollowedFunctions(operatorColleague)).toEqual([]);
  });

  it('a follower hears of a new certificate for the function, then of its suspension and revocation; others do not', async () => {
    const stranger = await makeOrgUser('operator');
    await setFollow(operatorColleague, { networkFunction: 'gNB', isFollowing: true });
    await setFollow(stranger, { networkFunction: 'AMF', isFollowing: true });
    const row = await submissionInState(s, 'under_review');
    await performSubmissionAction(s.regulator, row.id, 'approve', { reason: 'All pass.' });
    const certificate = await certificateOf(row.id);
    const link = `/certificates/${certificate.id}`;
    expect((await notesOf('certificate.issued', link)).map((n) => n.userId)).toEqual([operatorColleague.userId]);
    await suspendCertificate(s.regulator, certificate.id, { reason: 'Investigating' });
    expect((await notesOf('certificate.suspended', link)).map((n) => n.userId)).toContain(operatorColleague.userId);
    await revokeCertificate(s.regulator, certificate.id, { reason: 'Confirmed' });
    const revoked = (await notesOf('certificate.revoked', link)).map((n) => n.userId);
    expect(revoked).toContain(operatorColleague.userId);
    expect(revoked).not.toContain(stranger.userId);
    expect(await unreadCount(stranger)).toBe(0);
  });

  it('an operator who both follows and deploys the version gets one notification, not two', async () => {
    await setFollow(s.operator, { networkFunction: 'gNB', isFollowing: true });
    const row = await submissionInState(s, 'approved');
    const certificate = await certificateOf(row.id);
    await (await getDb())
      .insert(deployments)
      .values({ operatorOrgId: s.operator.orgId, productVersionId: s.version.id, quantity: 5 })
      .onConflictDoNothing();
    await suspendCertificate(s.regulator, certificate.id, { reason: 'Investigating' });
    const mine = (await notesOf('certificate.suspended', `/certificates/${certificate.id}`)).filter((n) => n.userId === s.operator.userId);
    expect(mine).toHaveLength(1);
  });
});

describe('follows over HTTP', () => {
  const post = (body: unknown) =>
    followsRoute.POST(
      new Request('http://localhost/api/v1/me/follows', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      { params: Promise.resolve({}) },
    );
  const get = () => followsRoute.GET(new Request('http://localhost/api/v1/me/follows'), { params: Promise.resolve({}) });

  it('lists, follows and refuses as the service does', async () => {
    caller.actor = await makeOrgUser('operator');
    expect(await (await get()).json()).toEqual({ following: [] });
    const followed = await post({ networkFunction: 'UPF', isFollowing: true });
    expect(followed.status).toBe(200);
    expect(await followed.json()).toEqual({ changed: true, following: ['UPF'] });
    const empty = await post({ networkFunction: '', isFollowing: true });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(await empty.json())).toContain('Choose a network function');
    caller.actor = s.lab;
    expect((await post({ networkFunction: 'UPF', isFollowing: true })).status).toBe(403);
    caller.actor = null;
    expect((await get()).status).toBe(401);
  });
});
