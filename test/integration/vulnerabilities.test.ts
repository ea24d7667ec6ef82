import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { getDb } from '@/lib/db';
import { certificates } from '@/db/schema/certificates';
import { notifications } from '@/db/schema/operators';
import { countLogEntries, selectEntriesForSubject } from '@/db/queries/log';
import { ServiceError, unauthorized } from '@/lib/errors';
import type { Actor } from '@/lib/authz/actor';
import { applyVex } from '@/lib/vulnerabilities/commands/apply-vex';
import { getVulnerability, listVulnerabilities } from '@/lib/vulnerabilities/read-vulnerabilities';
import { reportVulnerability } from '@/lib/vulnerabilities/commands/report-vulnerability';
import { respondToVulnerability } from '@/lib/vulnerabilities/commands/respond-to-vulnerability';
import { createProductVersion } from '@/lib/products/commands/create-product-version';
import { clearCertificateReview } from '@/lib/certificates/commands/certificate-action';
import { getCertificate, listCertificates } from '@/lib/certificates/read-certificates';

const caller = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/get-actor', () => ({
  requireActor: async () => {
    if (!caller.actor) throw unauthorized();
    return caller.actor;
  },
}));
const vexRoute = await import('@/app/api/v1/product-versions/[id]/vex/route');
const reportRoute = await import('@/app/api/v1/vulnerabilities/route');

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'sboms');
const VEX_AFFECTED = fs.readFileSync(path.join(FIXTURES, 'cyclonedx-1.4-vex-affected.json'));
const SPDX = fs.readFileSync(path.join(FIXTURES, 'spdx-2.3-example11.json'));

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
let versionCounter = 0;
/** A fresh version of the scenario's product, so review-list tests do not see each other's certificates. */
const newVersion = () => createProductVersion(s.vendor, s.product.id, { version: `2.${++versionCounter}.0` });
let cveCounter = 10_000;
const nextCve = () => `CVE-2030-${++cveCounter}`;

const report = (actor: Actor, productVersionId: string, extra: Record<string, unknown> = {}) =>
  reportVulnerability(actor, {
    productVersionId,
    cvssScore: 5.3,
    title: 'Weak TLS configuration',
    description: 'TLS 1.0 is still accepted on the O&M interface.',
    ...extra,
  });

async function certifiedVersion() {
  const version = await newVersion();
  const submission = await submissionInState({ ...s, version }, 'approved');
  const db = await getDb();
  const [certificate] = await db.select().from(certificates).where(eq(certificates.submissionId, submission.id));
  return { version, certificate };
}

/** A fresh version with a submission in evaluation at the scenario's lab (`s.lab`), not certified. */
async function submittedVersion() {
  const version = await newVersion();
  await submissionInState({ ...s, version }, 'in_evaluation');
  return version;
}

const entriesOf = async (kind: string, id: string) => selectEntriesForSubject(await getDb(), kind, id);

describe('reporting vulnerabilities', () => {
  it('lets the owning vendor, labs, operators and regulators report on versions they see, and hides the others (404)', async () => {
    const neverSubmitted = await newVersion();
    const submitted = await submittedVersion();
    const { version: certified } = await certifiedVersion();
    const cases: [Actor, string, number][] = [
      [s.vendor, neverSubmitted.id, 200],
      [s.regulator, neverSubmitted.id, 200],
      [s.lab, neverSubmitted.id, 404],
      [s.otherLab, neverSubmitted.id, 404],
      [s.operator, neverSubmitted.id, 404],
      [s.otherVendor, neverSubmitted.id, 404],
      [s.lab, submitted.id, 200],
      [s.regulator, submitted.id, 200],
      [s.otherLab, submitted.id, 404],
      [s.operator, submitted.id, 404],
      [s.lab, certified.id, 200],
      [s.otherLab, certified.id, 200],
      [s.operator, certified.id, 200],
      [s.otherVendor, certified.id, 404],
    ];
    for (const [actor, versionId, expected] of cases) {
      const before = await countLogEntries(await getDb());
      expect([actor.orgKind, versionId, await outcome(report(actor, versionId))]).toEqual([actor.orgKind, versionId, expected]);
      expect(await countLogEntries(await getDb())).toBe(before + (expected === 200 ? 1 : 0));
    }
    await expect(report(s.lab, crypto.randomUUID())).rejects.toMatchObject({ status: 404 });
  });

  it('rates the severity from the CVSS v3 score, normalises the CVE id and logs the report', async () => {
    const { version } = await certifiedVersion();
    const cve = nextCve();
    const v = await report(s.operator, version.id, { cve: cve.toLowerCase(), cvssScore: 8.9 });
    expect(v).toMatchObject({ cve, cvssScore: 8.9, severity: 'high', status: 'open', fixedInVersion: null, canRespond: false });
    expect(v.reporter).toEqual({ orgKind: 'operator', orgId: s.operator.orgId, orgName: s.operator.orgName });
    expect((await getVulnerability(s.vendor, v.id)).reporter).toEqual({ orgKind: 'operator', orgId: null, orgName: null });
    expect((await getVulnerability(s.vendor, v.id)).canRespond).toBe(true);
    const [entry] = await entriesOf('vulnerability', v.id);
    expect(JSON.parse(entry.entry)).toMatchObject({
      type: 'vulnerability.reported',
      actor: { orgKind: 'operator' },
      data: { productVersionId: version.id, cve, cvssScore: 8.9, severity: 'high', title: 'Weak TLS configuration' },
    });
    expect((await report(s.lab, version.id, { cvssScore: 0 })).severity).toBe('none');
    expect((await report(s.lab, version.id, { cvssScore: 9 })).severity).toBe('critical');
  });

  it('refuses bad input with 400 and a CVE already reported on the version with 409, logging nothing', async () => {
    const { version } = await certifiedVersion();
    const cve = nextCve();
    await report(s.lab, version.id, { cve });
    const before = await countLogEntries(await getDb());
    for (const extra of [{ cve: 'CVE-21-1' }, { cvssScore: 10.1 }, { cvssScore: 7.25 }, { cvssScore: '7' }, { title: '' }, { severity: 'low' }]) {
      await expect(report(s.lab, version.id, extra)).rejects.toMatchObject({ status: 400 });
    }
    await expect(report(s.operator, version.id, { cve })).rejects.toMatchObject({ status: 409, extra: { currentState: 'open' } });
    expect(await countLogEntries(await getDb())).toBe(before);
  });

  it('notifies the vendor’s users (not the reporter)', async () => {
    const { version } = await certifiedVersion();
    const v = await report(s.lab, version.id);
    const notes = await (await getDb()).select().from(notifications).where(eq(notifications.dedupeKey, `vulnerability.reported:${v.id}`));
    expect(notes.map((n) => n.userId)).toEqual([s.vendor.userId]);
    expect(notes[0]).toMatchObject({ kind: 'vulnerability.reported', link: `/vulnerabilities/${v.id}`, isRead: false });
  });

  it('answers POST /api/v1/vulnerabilities with 201 and the vulnerability', async () => {
    const { version } = await certifiedVersion();
    caller.actor = s.operator;
    const response = await reportRoute.POST(
      new Request('http://localhost/api/v1/vulnerabilities', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ productVersionId: version.id, cvssScore: 4, title: 'Info leak', description: 'Banner shows build id.' }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ severity: 'medium', productVersion: { id: version.id } });
  });
});

describe('vendor responses', () => {
  it('lets only the owning vendor answer; fixed needs the fixing version', async () => {
    const { version } = await certifiedVersion();
    const v = await report(s.operator, version.id, { cve: nextCve() });
    await expect(respondToVulnerability(s.otherVendor, v.id, { status: 'confirmed', response: 'x' })).rejects.toMatchObject({ status: 404 });
    for (const actor of [s.lab, s.operator, s.regulator]) {
      await expect(respondToVulnerability(actor, v.id, { status: 'confirmed', response: 'x' })).rejects.toMatchObject({ status: 403 });
    }
    await expect(respondToVulnerability(s.vendor, v.id, { status: 'fixed', response: 'Patched' })).rejects.toMatchObject({
      status: 400,
      extra: { errors: [{ path: 'fixedInVersion' }] },
    });
    await expect(respondToVulnerability(s.vendor, v.id, { status: 'disputed', fixedInVersion: '1.0.1', response: 'x' })).rejects.toMatchObject({ status: 400 });
    await expect(respondToVulnerability(s.vendor, crypto.randomUUID(), { status: 'confirmed', response: 'x' })).rejects.toMatchObject({ status: 404 });
    expect(await entriesOf('vulnerability', v.id)).toHaveLength(1);

    const confirmed = await respondToVulnerability(s.vendor, v.id, { status: 'confirmed', response: 'Reproduced.' }, v.version);
    expect(confirmed).toMatchObject({ status: 'confirmed', vendorResponse: 'Reproduced.', version: v.version + 1 });
    await expect(respondToVulnerability(s.vendor, v.id, { status: 'fixed', fixedInVersion: '1.0.1', response: 'x' }, v.version)).rejects.toMatchObject({
      status: 412,
    });
    const fixed = await respondToVulnerability(s.vendor, v.id, { status: 'fixed', fixedInVersion: '1.0.1', response: 'Fixed in 1.0.1.' });
    expect(fixed).toMatchObject({ status: 'fixed', fixedInVersion: '1.0.1' });
    const entries = (await entriesOf('vulnerability', v.id)).map((e) => JSON.parse(e.entry));
    expect(entries.map((e) => e.type)).toEqual(['vulnerability.reported', 'vulnerability.updated', 'vulnerability.updated']);
    expect(entries[2].data).toMatchObject({ from: 'confirmed', to: 'fixed', fixedInVersion: '1.0.1', response: 'Fixed in 1.0.1.' });
    const told = await (await getDb()).select().from(notifications).where(eq(notifications.kind, 'vulnerability.answered'));
    expect(told.filter((n) => n.link === `/vulnerabilities/${v.id}`).map((n) => n.userId)).toEqual([s.operator.userId, s.operator.userId]);
  });
});

describe('listing vulnerabilities', () => {
  it('shows vendors their own products only and labs and operators those on versions they see, regulators all, with filters', async () => {
    const { version } = await certifiedVersion();
    const critical = await report(s.lab, version.id, { cvssScore: 9.1 });
    const low = await report(s.lab, version.id, { cvssScore: 2 });
    const ids = async (actor: Actor, query: Record<string, unknown> = {}) =>
      (await listVulnerabilities(actor, { productVersionId: version.id, ...query })).items.map((v) => v.id);
    expect(await ids(s.vendor)).toEqual([low.id, critical.id]);
    expect(await ids(s.operator)).toEqual([low.id, critical.id]);
    expect(await ids(s.otherVendor)).toEqual([]);
    expect(await ids(s.regulator, { severity: 'critical' })).toEqual([critical.id]);
    expect(await ids(s.regulator, { status: 'fixed' })).toEqual([]);
    await expect(getVulnerability(s.otherVendor, critical.id)).rejects.toMatchObject({ status: 404 });
    const first = await listVulnerabilities(s.regulator, { productVersionId: version.id, limit: 1 });
    const second = await listVulnerabilities(s.regulator, { productVersionId: version.id, limit: 1, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((v) => v.id)).toEqual([low.id, critical.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('hides vulnerabilities of versions the caller may not see, in the list and one by one', async () => {
    const neverSubmitted = await newVersion();
    const submitted = await submittedVersion();
    const hidden = await report(s.vendor, neverSubmitted.id, { title: 'Unreleased build leaks keys' });
    const inEvaluation = await report(s.regulator, submitted.id);
    const all = async (actor: Actor) => (await listVulnerabilities(actor, { limit: 100 })).items.map((v) => v.id);
    for (const actor of [s.lab, s.otherLab, s.operator]) {
      expect(await all(actor)).not.toContain(hidden.id);
      await expect(getVulnerability(actor, hidden.id)).rejects.toMatchObject({ status: 404 });
      expect((await listVulnerabilities(actor, { productVersionId: neverSubmitted.id })).items).toEqual([]);
    }
    expect(await all(s.lab)).toContain(inEvaluation.id);
    for (const actor of [s.otherLab, s.operator]) {
      expect(await all(actor)).not.toContain(inEvaluation.id);
      await expect(getVulnerability(actor, inEvaluation.id)).rejects.toMatchObject({ status: 404 });
    }
    expect(await all(s.regulator)).toEqual(expect.arrayContaining([hidden.id, inEvaluation.id]));
    expect(await all(s.vendor)).toEqual(expect.arrayContaining([hidden.id, inEvaluation.id]));
    expect(await all(s.otherVendor)).not.toContain(hidden.id);
    // Answering needs the vendor; anyone who does not see the version gets 404 first.
    await expect(respondToVulnerability(s.operator, inEvaluation.id, { status: 'confirmed', response: 'x' })).rejects.toMatchObject({ status: 404 });
    await expect(respondToVulnerability(s.lab, inEvaluation.id, { status: 'confirmed', response: 'x' })).rejects.toMatchObject({ status: 403 });
  });
});

describe('critical vulnerabilities put certificates under review', () => {
  it('flags the version’s live certificate in the same transaction and keeps it flagged until a regulator acts', async () => {
    const { version, certificate } = await certifiedVersion();
    await report(s.lab, version.id, { cvssScore: 8.9 });
    expect((await getCertificate(s.regulator, certificate.id)).isUnderReview).toBe(false);

    const v = await report(s.operator, version.id, { cvssScore: 9.8, cve: nextCve() });
    const flagged = await getCertificate(s.regulator, certificate.id);
    expect(flagged).toMatchObject({ isUnderReview: true, version: certificate.version + 1 });
    expect((await listCertificates(s.regulator, { view: 'review' })).items.map((c) => c.id)).toContain(certificate.id);
    const reported = JSON.parse((await entriesOf('vulnerability', v.id))[0].entry);
    expect(reported.data.certificatesUnderReview).toEqual([certificate.id]);

    // The vendor disputing it does not take the certificate off the list: only a regulator does.
    await respondToVulnerability(s.vendor, v.id, { status: 'disputed', response: 'Not reachable in our configuration.' });
    expect((await getCertificate(s.regulator, certificate.id)).isUnderReview).toBe(true);

    await clearCertificateReview(s.regulator, certificate.id, { reason: 'Configuration evidence checked' });
    expect((await getCertificate(s.regulator, certificate.id)).isUnderReview).toBe(false);

    // A second critical report flags it again.
    await report(s.lab, version.id, { cvssScore: 10 });
    expect((await getCertificate(s.regulator, certificate.id)).isUnderReview).toBe(true);
    expect((await entriesOf('certificate', certificate.id)).map((e) => e.type)).toEqual([
      'certificate.review_required',
      'certificate.review_cleared',
      'certificate.review_required',
    ]);
  });

  it('flags again when a disputed critical vulnerability is confirmed after a regulator cleared the review', async () => {
    const { version, certificate } = await certifiedVersion();
    const v = await report(s.lab, version.id, { cvssScore: 9.0 });
    await respondToVulnerability(s.vendor, v.id, { status: 'disputed', response: 'Not affected' });
    await clearCertificateReview(s.regulator, certificate.id, { reason: 'Disputed with evidence' });
    await respondToVulnerability(s.vendor, v.id, { status: 'confirmed', response: 'We were wrong' });
    expect((await getCertificate(s.regulator, certificate.id)).isUnderReview).toBe(true);
  });

  it('leaves revoked and expired certificates alone', async () => {
    const { version, certificate } = await certifiedVersion();
    const db = await getDb();
    await db.update(certificates).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(certificates.id, certificate.id));
    await report(s.lab, version.id, { cvssScore: 9.9 });
    expect((await getCertificate(s.regulator, certificate.id)).isUnderReview).toBe(false);
    expect(await entriesOf('certificate', certificate.id)).toHaveLength(0);
  });
});

describe('VEX documents', () => {
  it('updates the vulnerability with the matching CVE id from the fixture (CVE-2021-44228, exploitable → confirmed)', async () => {
    const version = await newVersion();
    const log4shell = await report(s.regulator, version.id, { cve: 'CVE-2021-44228', cvssScore: 10 });
    const other = await report(s.regulator, version.id, { cve: nextCve(), cvssScore: 5 });
    const before = await countLogEntries(await getDb());
    const result = await applyVex(s.vendor, version.id, VEX_AFFECTED);
    expect(result).toMatchObject({
      productVersionId: version.id,
      updated: [{ vulnerabilityId: log4shell.id, cve: 'CVE-2021-44228', from: 'open', to: 'confirmed' }],
      unchanged: [],
      unmatched: [],
      certificatesUnderReview: [],
    });
    expect(await countLogEntries(await getDb())).toBe(before + 1);
    expect((await getVulnerability(s.vendor, log4shell.id)).status).toBe('confirmed');
    expect((await getVulnerability(s.vendor, other.id)).status).toBe('open');
    const [entry] = await entriesOf('product_version', version.id);
    expect(JSON.parse(entry.entry)).toMatchObject({
      type: 'vulnerability.vex_applied',
      data: { specVersion: '1.4', statements: 1, updated: [{ vulnerabilityId: log4shell.id, to: 'confirmed' }] },
    });
    expect(entry.index).toBe(result.logIndex);
    const again = await applyVex(s.vendor, version.id, VEX_AFFECTED);
    expect(again).toMatchObject({ updated: [], unchanged: ['CVE-2021-44228'] });
  });

  it('creates nothing for ids it does not know and reports them', async () => {
    const version = await newVersion();
    const result = await applyVex(s.vendor, version.id, VEX_AFFECTED);
    expect(result).toMatchObject({ updated: [], unmatched: ['CVE-2021-44228'] });
    expect((await listVulnerabilities(s.vendor, { productVersionId: version.id })).items).toEqual([]);
  });

  it('puts certificates back under review when a VEX reopens a critical vulnerability', async () => {
    const { version, certificate } = await certifiedVersion();
    const v = await report(s.lab, version.id, { cve: 'CVE-2021-44228', cvssScore: 10 });
    await respondToVulnerability(s.vendor, v.id, { status: 'disputed', response: 'Not shipped' });
    await clearCertificateReview(s.regulator, certificate.id, { reason: 'Dispute accepted' });
    const result = await applyVex(s.vendor, version.id, VEX_AFFECTED);
    expect(result.certificatesUnderReview).toEqual([certificate.id]);
    expect((await getCertificate(s.regulator, certificate.id)).isUnderReview).toBe(true);
  });

  it('is for the owning vendor only and for CycloneDX with vulnerabilities only', async () => {
    const version = await newVersion();
    await expect(applyVex(s.otherVendor, version.id, VEX_AFFECTED)).rejects.toMatchObject({ status: 404 });
    await expect(applyVex(s.regulator, version.id, VEX_AFFECTED)).rejects.toMatchObject({ status: 403 });
    for (const actor of [s.lab, s.operator]) await expect(applyVex(actor, version.id, VEX_AFFECTED)).rejects.toMatchObject({ status: 404 }); // never submitted
    await expect(applyVex(s.vendor, crypto.randomUUID(), VEX_AFFECTED)).rejects.toMatchObject({ status: 404 });
    await expect(applyVex(s.vendor, version.id, SPDX)).rejects.toMatchObject({ status: 422 });
    await expect(applyVex(s.vendor, version.id, Buffer.from('{"bomFormat":"CycloneDX","specVersion":"1.4"}'))).rejects.toMatchObject({ status: 422 });
    await expect(applyVex(s.vendor, version.id, Buffer.from('{"bomFormat":'))).rejects.toMatchObject({ status: 422 });
    await expect(applyVex(s.vendor, version.id, Buffer.from('hello'))).rejects.toMatchObject({ status: 415 });
    expect(await entriesOf('product_version', version.id)).toHaveLength(0);
  });

  it('takes the document as the body of POST /api/v1/product-versions/{id}/vex', async () => {
    const version = await newVersion();
    await report(s.regulator, version.id, { cve: 'CVE-2021-44228', cvssScore: 10 });
    const post = (body: BodyInit, type = 'application/vnd.cyclonedx+json') =>
      vexRoute.POST(new Request(`http://localhost/api/v1/product-versions/${version.id}/vex`, { method: 'POST', body, headers: { 'content-type': type } }), {
        params: Promise.resolve({ id: version.id }),
      });
    caller.actor = s.vendor;
    const response = await post(VEX_AFFECTED);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ updated: [{ cve: 'CVE-2021-44228', to: 'confirmed' }] });
    expect((await post(VEX_AFFECTED, 'text/plain')).status).toBe(415);
    const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
    expect((await post(huge)).status).toBe(413);
    expect((await post('')).status).toBe(400);
  });
});
