import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { addMember, makeOrgUser } from '../helpers/actors';
import { getDb } from '@/lib/db';
import { certificates } from '@/db/schema/certificates';
import { deployments, notifications } from '@/db/schema/operators';
import { users } from '@/db/schema/users';
import { unauthorized } from '@/lib/errors';
import type { Actor } from '@/lib/authz/actor';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { revokeCertificate, suspendCertificate } from '@/lib/certificates/commands/certificate-action';
import { reportVulnerability } from '@/lib/vulnerabilities/commands/report-vulnerability';
import { listNotifications, unreadCount } from '@/lib/notifications/read-notifications';
import { markRead } from '@/lib/notifications/commands/mark-read';
import { notify } from '@/lib/notifications/notify';

const caller = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/get-actor', () => ({
  requireActor: async () => {
    if (!caller.actor) throw unauthorized();
    return caller.actor;
  },
}));
const listRoute = await import('@/app/api/v1/notifications/route');
const readRoute = await import('@/app/api/v1/notifications/read/route');
const countRoute = await import('@/app/api/v1/notifications/unread-count/route');

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

/** Who got a notification of `kind` linking to `link`. */
async function recipients(kind: string, link: string) {
  const rows = await (await getDb())
    .select()
    .from(notifications)
    .where(and(eq(notifications.kind, kind), eq(notifications.link, link)));
  return rows.map((r) => r.userId).sort();
}
const sorted = (...actors: Actor[]) => actors.map((a) => a.userId).sort();

describe('workflow events reach the people they concern', () => {
  it('tells the assigned lab about a new assignment', async () => {
    const row = await submissionInState(s, 'draft');
    await performSubmissionAction(s.vendor, row.id, 'submit', {});
    expect(await recipients('assignment.new', `/submissions/${row.id}`)).toEqual(sorted(s.lab));
  });

  it('tells the vendor when the lab accepts or declines', async () => {
    const accepted = await submissionInState(s, 'submitted');
    await performSubmissionAction(s.lab, accepted.id, 'accept', { conflictOfInterest: { hasConflict: false, statement: 'Independent.' } });
    expect(await recipients('submission.accepted', `/submissions/${accepted.id}`)).toEqual(sorted(s.vendor, vendorMember));
    const declined = await submissionInState(s, 'submitted');
    await performSubmissionAction(s.lab, declined.id, 'decline', { reason: 'No capacity' });
    expect(await recipients('submission.declined', `/submissions/${declined.id}`)).toEqual(sorted(s.vendor, vendorMember));
    const [note] = (await listNotifications(s.vendor, {})).items.filter((n) => n.link === `/submissions/${declined.id}`);
    expect(note.body).toBe('Reason: No capacity');
  });

  it('tells every regulator when an evaluation is submitted', async () => {
    const row = await submissionInState(s, 'in_evaluation');
    await performSubmissionAction(s.lab, row.id, 'submit_evaluation', {});
    expect(await recipients('evaluation.submitted', `/submissions/${row.id}`)).toEqual(sorted(s.regulator, s.regulator2));
  });

  it('tells the vendor and the lab about each decision, never the deciding regulator', async () => {
    const cases = [
      ['approve', 'decision.approved'],
      ['reject', 'decision.rejected'],
      ['request_changes', 'decision.changes_requested'],
    ] as const;
    for (const [action, kind] of cases) {
      const row = await submissionInState(s, 'under_review');
      await performSubmissionAction(s.regulator, row.id, action, { reason: 'Decided' });
      expect(await recipients(kind, `/submissions/${row.id}`)).toEqual(sorted(s.vendor, vendorMember, s.lab));
    }
  });

  it('sends nothing for a refused action', async () => {
    const row = await submissionInState(s, 'draft');
    await expect(performSubmissionAction(s.lab, row.id, 'accept', {})).rejects.toMatchObject({ status: 404 });
    const rows = await (await getDb()).select().from(notifications).where(eq(notifications.link, `/submissions/${row.id}`));
    expect(rows).toEqual([]);
  });
});

describe('certificate and vulnerability events', () => {
  it('tells the vendor and the operators running the version when its certificate is suspended or revoked', async () => {
    const otherOperator = await makeOrgUser('operator');
    const row = await submissionInState(s, 'approved');
    const db = await getDb();
    const [certificate] = await db.select().from(certificates).where(eq(certificates.submissionId, row.id));
    await db
      .insert(deployments)
      .values({ operatorOrgId: s.operator.orgId, productVersionId: s.version.id, quantity: 40 })
      .onConflictDoNothing();
    await suspendCertificate(s.regulator, certificate.id, { reason: 'Investigating' });
    expect(await recipients('certificate.suspended', `/certificates/${certificate.id}`)).toEqual(sorted(s.vendor, vendorMember, s.operator));
    await revokeCertificate(s.regulator, certificate.id, { reason: 'Confirmed backdoor' });
    const revoked = await recipients('certificate.revoked', `/certificates/${certificate.id}`);
    expect(revoked).toEqual(sorted(s.vendor, vendorMember, s.operator));
    expect(revoked).not.toContain(otherOperator.userId);
  });

  it('tells the vendor’s users about a vulnerability on their product', async () => {
    const v = await reportVulnerability(s.operator, { productVersionId: s.version.id, cvssScore: 6.1, title: 'XSS', description: 'In the web UI.' });
    expect(await recipients('vulnerability.reported', `/vulnerabilities/${v.id}`)).toEqual(sorted(s.vendor, vendorMember));
  });
});

describe('the inbox', () => {
  it('counts unread, lists newest first with an unread filter, and marks read only the caller’s own', async () => {
    const me = await makeOrgUser('lab');
    const someone = await makeOrgUser('lab');
    const db = await getDb();
    for (let i = 1; i <= 3; i++) {
      await notify(db, { userIds: [me.userId, someone.userId] }, { kind: 'assignment.new', title: `Assignment ${i}`, link: `/x/${i}` });
    }
    expect(await unreadCount(me)).toBe(3);
    const page1 = await listNotifications(me, { limit: 2 });
    expect(page1.items.map((n) => n.title)).toEqual(['Assignment 3', 'Assignment 2']);
    const page2 = await listNotifications(me, { limit: 2, cursor: page1.nextCursor });
    expect(page2).toMatchObject({ items: [{ title: 'Assignment 1', isRead: false }], nextCursor: null });

    const theirs = (await listNotifications(someone, {})).items[0].id;
    expect(await markRead(me, { ids: [page1.items[0].id, theirs] })).toEqual({ updated: 1, unread: 2 });
    expect(await unreadCount(someone)).toBe(3);
    expect((await listNotifications(me, { unread: 'true' })).items.map((n) => n.title)).toEqual(['Assignment 2', 'Assignment 1']);
    expect(await markRead(me, { all: true })).toEqual({ updated: 2, unread: 0 });
    expect(await markRead(me, { all: true })).toEqual({ updated: 0, unread: 0 });
    expect(await unreadCount(someone)).toBe(3);
    await expect(markRead(me, {})).rejects.toMatchObject({ status: 400 });
    await expect(markRead(me, { all: false })).rejects.toMatchObject({ status: 400 });
    await expect(markRead(me, { ids: ['nope'] })).rejects.toMatchObject({ status: 400 });
  });

  it('keeps a dedupe key once per user and skips disabled users and the excepted one', async () => {
    const me = await makeOrgUser('vendor');
    const colleague = await addMember(me);
    const db = await getDb();
    const message = { kind: 'certificate.expiring', title: 'Expires soon', dedupeKey: 'certificate.expiring:test' } as const;
    expect(await notify(db, { orgIds: [me.orgId] }, message)).toBe(2);
    expect(await notify(db, { orgIds: [me.orgId] }, message)).toBe(0);
    expect(await notify(db, { orgIds: [me.orgId], exceptUserId: me.userId }, { ...message, dedupeKey: 'other' })).toBe(1);
    expect(await unreadCount(colleague)).toBe(2);
    await db.update(users).set({ isEnabled: false }).where(eq(users.id, colleague.userId));
    expect(await notify(db, { orgIds: [me.orgId] }, { ...message, dedupeKey: 'third' })).toBe(1);
    expect(await unreadCount(colleague)).toBe(2);
  });

  it('serves the inbox over HTTP', async () => {
    const me = await makeOrgUser('operator');
    await notify(await getDb(), { userIds: [me.userId] }, { kind: 'certificate.revoked', title: 'Revoked', link: '/certificates/x' });
    caller.actor = me;
    const count = await countRoute.GET(new Request('http://localhost/api/v1/notifications/unread-count'), { params: Promise.resolve({}) });
    expect(await count.json()).toEqual({ unread: 1 });
    const list = await listRoute.GET(new Request('http://localhost/api/v1/notifications?unread=true'), { params: Promise.resolve({}) });
    const body = await list.json();
    expect(body).toMatchObject({ items: [{ title: 'Revoked', isRead: false, link: '/certificates/x' }], nextCursor: null });
    const read = await readRoute.POST(
      new Request('http://localhost/api/v1/notifications/read', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ all: true }) }),
      { params: Promise.resolve({}) },
    );
    expect(await read.json()).toEqual({ updated: 1, unread: 0 });
    caller.actor = null;
    expect((await countRoute.GET(new Request('http://localhost/api/v1/notifications/unread-count'), { params: Promise.resolve({}) })).status).toBe(401);
  });
});
