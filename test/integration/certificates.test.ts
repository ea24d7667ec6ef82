import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { getDb } from '@/lib/db';
import { certificates } from '@/db/schema/certificates';
import { deployments, notifications } from '@/db/schema/operators';
import { countLogEntries, selectEntriesForSubject } from '@/db/queries/log';
import { ServiceError, unauthorized } from '@/lib/errors';
import type { Actor } from '@/lib/authz/actor';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { clearCertificateReview, performCertificateAction, reinstateCertificate, revokeCertificate, suspendCertificate } from '@/lib/certificates/commands/certificate-action';
import { countCertificates, getCertificate, listCertificates } from '@/lib/certificates/read-certificates';
import { runExpiryJob } from '@/lib/certificates/expiry-job';
import { reportVulnerability } from '@/lib/vulnerabilities/commands/report-vulnerability';

const caller = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/get-actor', () => ({
  requireActor: async () => {
    if (!caller.actor) throw unauthorized();
    return caller.actor;
  },
}));
const actionRoute = await import('@/app/api/v1/certificates/[id]/actions/[action]/route');

let database: TestDatabase;
let s: Scenario;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('UPF');
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const DAY = 86_400_000;
type Stored = 'valid' | 'suspended' | 'revoked';
type State = Stored | 'expired';

const outcome = (p: Promise<unknown>) => p.then(() => 200, (e) => (e instanceof ServiceError ? e.status : Promise.reject(e)));

/** A certificate issued the real way: a regulator approves a submission under review. */
async function issueCertificate() {
  const submission = await submissionInState(s, 'under_review');
  // UPF is a core function: two regulators approve.
  await performSubmissionAction(s.regulator, submission.id, 'approve', {});
  await performSubmissionAction(s.regulator2, submission.id, 'approve', {});
  const db = await getDb();
  const [row] = await db.select().from(certificates).where(eq(certificates.submissionId, submission.id));
  return row;
}

/** A certificate put straight into a state (fast, for the matrix). */
async function certificateIn(state: State, options: { expiresAt?: Date; underReview?: boolean } = {}) {
  const submission = await submissionInState(s, 'approved');
  const db = await getDb();
  const [row] = await db
    .update(certificates)
    .set({
      status: state === 'expired' ? 'valid' : state,
      expiresAt: options.expiresAt ?? (state === 'expired' ? new Date(Date.now() - DAY) : new Date(Date.now() + 365 * DAY)),
      reviewRequiredAt: options.underReview ? new Date() : null,
      reviewReason: options.underReview ? 'Critical vulnerability' : null,
    })
    .where(eq(certificates.submissionId, submission.id))
    .returning();
  return row;
}

async function entriesOf(certificateId: string) {
  return selectEntriesForSubject(await getDb(), 'certificate', certificateId);
}

// Written from PRODUCT.md independently of lib/workflow: what a regulator may do in each effective status.
const LEGAL: Record<State, Partial<Record<'suspend' | 'reinstate' | 'revoke', State>>> = {
  valid: { suspend: 'suspended', revoke: 'revoked' },
  suspended: { reinstate: 'valid', revoke: 'revoked' },
  revoked: {},
  expired: {},
};
const ROLES = ['ownerVendor', 'otherVendor', 'lab', 'operator', 'regulator'] as const;
const actorOf = (role: (typeof ROLES)[number]): Actor =>
  ({ ownerVendor: s.vendor, otherVendor: s.otherVendor, lab: s.lab, operator: s.operator, regulator: s.regulator })[role];

describe('certificate lifecycle: every role × action × status', () => {
  for (const state of ['valid', 'suspended', 'revoked', 'expired'] as const) {
    for (const action of ['suspend', 'reinstate', 'revoke'] as const) {
      for (const role of ROLES) {
        const expected = role !== 'regulator' ? 403 : LEGAL[state][action] ? 200 : 409;
        it(`${role} ${action} on ${state} → ${expected}`, async () => {
          const certificate = await certificateIn(state);
          const before = await countLogEntries(await getDb());
          const status = await outcome(performCertificateAction(actorOf(role), certificate.id, action, { reason: 'Matrix check' }));
          expect(status).toBe(expected);
          expect(await countLogEntries(await getDb())).toBe(before + (status === 200 ? 1 : 0));
          const after = await getCertificate(s.regulator, certificate.id);
          expect(after.status).toBe(status === 200 ? LEGAL[state][action] : state);
        });
      }
    }
  }

  it('names the current effective status in a 409', async () => {
    const expired = await certificateIn('expired');
    const error = (await suspendCertificate(s.regulator, expired.id, { reason: 'Too late' }).catch((e: ServiceError) => e)) as ServiceError;
    expect(error).toMatchObject({ status: 409, extra: { currentState: 'expired' } });
    expect(error.message).toBe('Cannot suspend a certificate in state expired.');
  });

  it('logs the transition with reason, from and to, as the last write of one transaction', async () => {
    const certificate = await issueCertificate();
    const result = await suspendCertificate(s.regulator, certificate.id, { reason: 'Lab findings under investigation' });
    expect(result).toMatchObject({ status: 'suspended', version: certificate.version + 1, availableActions: ['reinstate', 'revoke'] });
    const entries = await entriesOf(certificate.id);
    expect(entries.map((e) => e.type)).toEqual(['certificate.issued', 'certificate.suspended']);
    const entry = JSON.parse(entries[1].entry);
    expect(entry).toMatchObject({
      type: 'certificate.suspended',
      actor: { user: s.regulator.userId, org: s.regulator.orgId, orgKind: 'regulator' },
      subject: { kind: 'certificate', id: certificate.id },
      data: { reason: 'Lab findings under investigation', from: 'valid', to: 'suspended' },
    });
    expect(result.history.map((h) => h.index)).toEqual(entries.map((e) => e.index));
    const reinstated = await reinstateCertificate(s.regulator2, certificate.id, { reason: 'Findings resolved' });
    expect(reinstated.status).toBe('valid');
  });

  it('makes revocation final', async () => {
    const certificate = await certificateIn('suspended');
    await revokeCertificate(s.regulator, certificate.id, { reason: 'Backdoor found' });
    for (const action of ['suspend', 'reinstate', 'revoke', 'clear_review'] as const) {
      const error = await performCertificateAction(s.regulator, certificate.id, action, { reason: 'Again' }).catch((e: ServiceError) => e);
      expect(error).toMatchObject({ status: 409, extra: { currentState: 'revoked' } });
    }
    expect((await entriesOf(certificate.id)).map((e) => e.type)).toEqual(['certificate.revoked']);
  });

  it('requires a reason (400) and answers 404 for unknown or malformed ids', async () => {
    const certificate = await certificateIn('valid');
    for (const body of [{}, { reason: '   ' }, { reason: 'ok', extra: 1 }]) {
      await expect(suspendCertificate(s.regulator, certificate.id, body)).rejects.toMatchObject({ status: 400 });
    }
    await expect(suspendCertificate(s.regulator, crypto.randomUUID(), { reason: 'x' })).rejects.toMatchObject({ status: 404 });
    await expect(suspendCertificate(s.regulator, 'not-a-uuid', { reason: 'x' })).rejects.toMatchObject({ status: 404 });
    expect(await entriesOf(certificate.id)).toHaveLength(0);
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    const certificate = await certificateIn('valid');
    await expect(suspendCertificate(s.regulator, certificate.id, { reason: 'x' }, certificate.version + 1)).rejects.toMatchObject({
      status: 412,
      extra: { currentVersion: certificate.version },
    });
    expect((await getCertificate(s.regulator, certificate.id)).status).toBe('valid');
    expect(await entriesOf(certificate.id)).toHaveLength(0);
    const done = await suspendCertificate(s.regulator, certificate.id, { reason: 'x' }, certificate.version);
    expect(done.status).toBe('suspended');
  });
});

describe('racing certificate actions', () => {
  it('lets exactly one of several identical actions win', async () => {
    const certificate = await certificateIn('valid');
    const results = await Promise.all([s.regulator, s.regulator2, s.regulator, s.regulator2].map((r) => outcome(suspendCertificate(r, certificate.id, { reason: 'race' }))));
    expect(results.filter((r) => r === 200)).toHaveLength(1);
    expect(results.filter((r) => r !== 200).every((r) => r === 409)).toBe(true);
    expect(await entriesOf(certificate.id)).toHaveLength(1);
  });

  it('lets exactly one of a racing suspend and revoke win when both act on the version they saw', async () => {
    for (let round = 0; round < 3; round++) {
      const certificate = await certificateIn('valid');
      const results = await Promise.all([
        outcome(suspendCertificate(s.regulator, certificate.id, { reason: 'suspend' }, certificate.version)),
        outcome(revokeCertificate(s.regulator2, certificate.id, { reason: 'revoke' }, certificate.version)),
      ]);
      expect(results.filter((r) => r === 200)).toHaveLength(1);
      expect([409, 412]).toContain(results.find((r) => r !== 200));
      const entries = await entriesOf(certificate.id);
      expect(entries).toHaveLength(1);
      const final = await getCertificate(s.regulator, certificate.id);
      expect(final.status).toBe(results[0] === 200 ? 'suspended' : 'revoked');
      expect(final.version).toBe(certificate.version + 1);
    }
  });

  it('keeps the log a consistent chain when unconditioned actions race', async () => {
    const certificate = await certificateIn('valid');
    const actions = ['suspend', 'revoke', 'reinstate', 'suspend', 'revoke', 'reinstate'] as const;
    const results = await Promise.all(
      actions.map((action, i) => outcome(performCertificateAction(i % 2 ? s.regulator : s.regulator2, certificate.id, action, { reason: action }))),
    );
    const entries = (await entriesOf(certificate.id)).map((e) => JSON.parse(e.entry).data as { from: string; to: string });
    expect(entries).toHaveLength(results.filter((r) => r === 200).length);
    expect(results.every((r) => r === 200 || r === 409)).toBe(true);
    let status = 'valid';
    for (const e of entries) {
      expect(e.from).toBe(status);
      status = e.to;
    }
    expect((await getCertificate(s.regulator, certificate.id)).status).toBe(status);
  });
});

describe('certificate actions over HTTP', () => {
  const post = (id: string, action: string, body: unknown, headers: Record<string, string> = {}) =>
    actionRoute.POST(
      new Request(`http://localhost/api/v1/certificates/${id}/actions/${action}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...headers },
      }),
      { params: Promise.resolve({ id, action }) },
    );

  it('answers with the certificate and its ETag, honours If-Match and refuses unknown actions', async () => {
    const certificate = await certificateIn('valid');
    caller.actor = s.regulator;
    const stale = await post(certificate.id, 'suspend', { reason: 'x' }, { 'if-match': `"${certificate.version + 3}"` });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toBe('application/problem+json');
    const response = await post(certificate.id, 'suspend', { reason: 'Field failures' }, { 'if-match': `"${certificate.version}"` });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(`"${certificate.version + 1}"`);
    expect(await response.json()).toMatchObject({ id: certificate.id, status: 'suspended' });
    expect((await post(certificate.id, 'delete', { reason: 'x' })).status).toBe(400);
    const conflict = await post(certificate.id, 'suspend', { reason: 'again' });
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ currentState: 'suspended' });
    caller.actor = s.operator;
    expect((await post(certificate.id, 'revoke', { reason: 'x' })).status).toBe(403);
    caller.actor = null;
    expect((await post(certificate.id, 'revoke', { reason: 'x' })).status).toBe(401);
  });
});

describe('review list', () => {
  it('is cleared by a regulator: clear-review logs certificate.review_cleared and leaves the status', async () => {
    const certificate = await certificateIn('valid', { underReview: true });
    await expect(clearCertificateReview(s.vendor, certificate.id, { reason: 'x' })).rejects.toMatchObject({ status: 403 });
    const cleared = await clearCertificateReview(s.regulator, certificate.id, { reason: 'Vendor shipped a mitigation; risk accepted' });
    expect(cleared).toMatchObject({ status: 'valid', isUnderReview: false, reviewRequiredAt: null, version: certificate.version + 1 });
    const [entry] = await entriesOf(certificate.id);
    expect(JSON.parse(entry.entry)).toMatchObject({
      type: 'certificate.review_cleared',
      data: { reason: 'Vendor shipped a mitigation; risk accepted', from: 'valid', to: 'valid', reviewCleared: true },
    });
    await expect(clearCertificateReview(s.regulator, certificate.id, { reason: 'again' })).rejects.toMatchObject({ status: 409 });
    expect(await entriesOf(certificate.id)).toHaveLength(1);
  });

  it('is cleared by a suspension or revocation as well', async () => {
    for (const action of ['suspend', 'revoke'] as const) {
      const certificate = await certificateIn('valid', { underReview: true });
      const result = await performCertificateAction(s.regulator, certificate.id, action, { reason: 'Acting on the review' });
      expect(result.isUnderReview).toBe(false);
      const [entry] = await entriesOf(certificate.id);
      expect(JSON.parse(entry.entry).data).toMatchObject({ reviewCleared: true });
    }
  });

  it('offers clear_review only to regulators and only while under review', async () => {
    const certificate = await certificateIn('valid', { underReview: true });
    expect((await getCertificate(s.regulator, certificate.id)).availableActions).toEqual(['suspend', 'revoke', 'clear_review']);
    expect((await getCertificate(s.vendor, certificate.id)).availableActions).toEqual([]);
    expect((await getCertificate(s.vendor, certificate.id)).reviewReason).toBe('Critical vulnerability');
    expect((await getCertificate(s.operator, certificate.id)).reviewReason).toBeNull();
    expect((await getCertificate(s.operator, certificate.id)).isUnderReview).toBe(true);
  });
});

describe('listing certificates', () => {
  it('gives regulators every view, vendors their own, and refuses labs and operators', async () => {
    const now = new Date();
    const soon = await certificateIn('valid', { expiresAt: new Date(now.getTime() + 30 * DAY) });
    const later = await certificateIn('valid', { expiresAt: new Date(now.getTime() + 200 * DAY) });
    const suspendedSoon = await certificateIn('suspended', { expiresAt: new Date(now.getTime() + 10 * DAY) });
    const flagged = await certificateIn('valid', { underReview: true });
    const ids = async (actor: Actor, view: string) => {
      const found: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listCertificates(actor, { view, limit: 7, cursor });
        found.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return found;
    };
    const expiring = await ids(s.regulator, 'expiring');
    expect(expiring).toContain(soon.id);
    expect(expiring).not.toContain(later.id);
    expect(expiring).not.toContain(suspendedSoon.id);
    const review = await ids(s.regulator, 'review');
    expect(review).toContain(flagged.id);
    expect(review).not.toContain(soon.id);
    const all = await ids(s.regulator, 'all');
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining([soon.id, later.id, suspendedSoon.id, flagged.id]));
    const counts = await countCertificates(s.regulator);
    expect(counts).toEqual({ all: all.length, expiring: expiring.length, review: review.length });
    expect(await ids(s.vendor, 'expiring')).toEqual(expiring);
    expect(await ids(s.otherVendor, 'all')).toEqual([]);
    await expect(listCertificates(s.lab, {})).rejects.toMatchObject({ status: 403 });
    await expect(listCertificates(s.operator, {})).rejects.toMatchObject({ status: 403 });
    await expect(listCertificates(s.regulator, { view: 'expired' })).rejects.toMatchObject({ status: 400 });
  });
});

describe('expiry job (fake clock)', () => {
  it('logs one certificate.expired entry when the expiry date passes, once, and the certificate reads as expired', async () => {
    const now = Date.now();
    const expiresAt = new Date(now + 3 * 3_600_000);
    const certificate = await certificateIn('valid', { expiresAt });
    const db = await getDb();
    await db.insert(deployments).values({ operatorOrgId: s.operator.orgId, productVersionId: s.version.id, quantity: 12 });

    const early = await runExpiryJob(new Date(expiresAt.getTime() - 1000));
    expect(early.expired.map((e) => e.certificateId)).not.toContain(certificate.id);
    expect(await entriesOf(certificate.id)).toHaveLength(0);
    expect((await getCertificate(s.regulator, certificate.id, new Date(expiresAt.getTime() - 1000))).status).toBe('valid');

    const after = new Date(expiresAt.getTime() + 1000);
    const first = await runExpiryJob(after);
    expect(first.expired.filter((e) => e.certificateId === certificate.id)).toHaveLength(1);
    const entries = await entriesOf(certificate.id);
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0].entry)).toMatchObject({
      type: 'certificate.expired',
      actor: { user: null, org: null, orgKind: 'system' },
      at: after.toISOString(),
      data: { expiresAt: expiresAt.toISOString(), from: 'valid', to: 'expired' },
    });
    expect(entries[0].index).toBe(first.expired.find((e) => e.certificateId === certificate.id)!.logIndex);

    const second = await runExpiryJob(after);
    expect(second.expired).toEqual([]);
    expect(await entriesOf(certificate.id)).toHaveLength(1);

    const read = await getCertificate(s.operator, certificate.id, after);
    expect(read).toMatchObject({ status: 'expired', storedStatus: 'valid', expiryLoggedAt: after.toISOString() });
    await expect(suspendCertificate(s.regulator, certificate.id, { reason: 'x' })).resolves.toBeDefined(); // real clock: not yet expired

    const expiredNotes = await db.select().from(notifications).where(eq(notifications.dedupeKey, `certificate.expired:${certificate.id}`));
    expect(expiredNotes.map((n) => n.userId).sort()).toEqual([s.vendor.userId, s.operator.userId].sort());
  });

  it('does not log the expiry of a revoked certificate', async () => {
    const certificate = await certificateIn('revoked', { expiresAt: new Date(Date.now() - DAY) });
    const result = await runExpiryJob();
    expect(result.expired.map((e) => e.certificateId)).not.toContain(certificate.id);
    expect(await entriesOf(certificate.id)).toHaveLength(0);
  });

  it('logs each expiry exactly once when several runs race', async () => {
    const expiresAt = new Date(Date.now() - 60_000);
    const made = await Promise.all([1, 2, 3, 4, 5].map(() => certificateIn('valid', { expiresAt })));
    const runs = await Promise.all([1, 2, 3].map(() => runExpiryJob()));
    const logged = runs.flatMap((r) => r.expired.map((e) => e.certificateId));
    for (const c of made) {
      expect(logged.filter((id) => id === c.id)).toHaveLength(1);
      expect(await entriesOf(c.id)).toHaveLength(1);
    }
  });

  it('warns the vendor once when a certificate expires within 30 days', async () => {
    const certificate = await certificateIn('valid', { expiresAt: new Date(Date.now() + 20 * DAY) });
    const distant = await certificateIn('valid', { expiresAt: new Date(Date.now() + 60 * DAY) });
    const db = await getDb();
    const warnings = (id: string) => db.select().from(notifications).where(and(eq(notifications.dedupeKey, `certificate.expiring:${id}`)));
    const first = await runExpiryJob();
    expect(first.warningsSent).toBeGreaterThanOrEqual(1);
    expect((await warnings(certificate.id)).map((n) => n.userId)).toEqual([s.vendor.userId]);
    expect(await warnings(distant.id)).toHaveLength(0);
    await runExpiryJob();
    expect(await warnings(certificate.id)).toHaveLength(1);
    // 35 days on, the distant one is inside the window.
    await runExpiryJob(new Date(Date.now() + 35 * DAY));
    expect(await warnings(distant.id)).toHaveLength(1);
  });
});

describe('critical vulnerabilities and the review list', () => {
  it('puts live certificates of the version under review until a regulator acts', async () => {
    const certificate = await issueCertificate();
    const revoked = await certificateIn('revoked');
    const vulnerability = await reportVulnerability(s.operator, {
      productVersionId: s.version.id,
      cve: `CVE-2031-${Math.floor(Math.random() * 90_000) + 10_000}`,
      cvssScore: 9.8,
      title: 'Unauthenticated RCE in management interface',
      description: 'Remote code execution without authentication.',
    });
    const read = await getCertificate(s.regulator, certificate.id);
    expect(read.isUnderReview).toBe(true);
    expect(read.reviewReason).toContain('CVSS 9.8');
    expect((await getCertificate(s.regulator, revoked.id)).isUnderReview).toBe(false);
    const types = (await entriesOf(certificate.id)).map((e) => e.type);
    expect(types).toEqual(['certificate.issued', 'certificate.review_required']);
    const reviewEntry = JSON.parse((await entriesOf(certificate.id))[1].entry);
    expect(reviewEntry.data).toEqual({ vulnerabilityId: vulnerability.id, severity: 'critical', status: 'valid' });
    const regulatorNotes = await (await getDb())
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'certificate.review_required'), eq(notifications.link, `/certificates/${certificate.id}`)));
    expect(regulatorNotes.map((n) => n.userId).sort()).toEqual([s.regulator.userId, s.regulator2.userId].sort());

    await revokeCertificate(s.regulator, certificate.id, { reason: 'Not fixable in this version' });
    expect((await getCertificate(s.regulator, certificate.id)).isUnderReview).toBe(false);
  });
});
