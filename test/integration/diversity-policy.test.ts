import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { makeOrgUser } from '../helpers/actors';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import type { Actor } from '@/lib/authz/actor';
import { ServiceError } from '@/lib/errors';
import { replaceDeployments } from '@/lib/deployments/commands/replace-inventory';
import { createProduct } from '@/lib/products/commands/create-product';
import { createProductVersion } from '@/lib/products/commands/create-product-version';
import { setConcentrationThreshold } from '@/lib/diversity/commands/set-threshold';
import { removePhaseOut, setPhaseOut } from '@/lib/diversity/commands/phase-out';
import { getDiversity } from '@/lib/diversity/read-diversity';
import { getDiversityTrend } from '@/lib/diversity/read-trend';
import { getRegulatorDashboard } from '@/lib/dashboard/read-regulator-dashboard';
import { unsafeAppendUntypedEntry } from '@/lib/log/store/append-entry';
import { getLogEntries } from '@/lib/transparency-log/read-log';
import { countLogEntries } from '@/db/queries/log';
import { certificates } from '@/db/schema/certificates';
import { submissions } from '@/db/schema/submissions';
import { advisories, advisoryMatches } from '@/db/schema/advisories';
import { inventorySnapshots } from '@/db/schema/diversity';

const auth = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/get-actor', async () => {
  const { unauthorized } = await import('@/lib/errors');
  return {
    requireActor: async () => {
      if (!auth.actor) throw unauthorized();
      return auth.actor;
    },
  };
});

let database: TestDatabase;
let s: Scenario;
let operatorB: Actor;
const v = {} as Record<'amfA' | 'smfA' | 'smfB' | 'gnbB', string>;
const DAY = 86_400_000;

const statusOf = (p: Promise<unknown>) => p.then(() => 200, (e) => (e instanceof ServiceError ? e.status : Promise.reject(e)));
const logSize = () => countLogEntries(database.db);
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
const params = () => ({ params: Promise.resolve({}) });

async function newVersion(vendor: Actor, name: string, networkFunction: string) {
  const product = await createProduct(vendor, { name, networkFunction });
  return (await createProductVersion(vendor, product.id, { version: '1.0' })).id;
}

async function certificate(vendor: Actor, versionId: string, options: { status?: 'valid' | 'suspended' | 'revoked'; expiresInDays: number; name: string }) {
  const [sub] = await database.db
    .insert(submissions)
    .values({ productVersionId: versionId, vendorOrgId: vendor.orgId, labOrgId: s.lab.orgId, state: 'approved', reviewRound: 1, createdBy: vendor.userId, submittedAt: new Date() })
    .returning();
  const [row] = await database.db
    .insert(certificates)
    .values({
      submissionId: sub.id,
      productVersionId: versionId,
      vendorOrgId: vendor.orgId,
      labOrgId: s.lab.orgId,
      scheme: 'NESAS/SCAS',
      status: options.status ?? 'valid',
      issuedAt: new Date(),
      expiresAt: new Date(Date.now() + options.expiresInDays * DAY),
      productName: options.name,
      versionLabel: '1.0',
      vendorName: vendor.orgName,
      labName: s.lab.orgName,
      networkFunction: 'AMF',
      segment: 'core',
    })
    .returning();
  return row.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('AMF');
  operatorB = await makeOrgUser('operator');
  v.amfA = await newVersion(s.vendor, 'Polar AMF', 'AMF');
  v.smfA = await newVersion(s.vendor, 'Polar SMF', 'SMF');
  v.smfB = await newVersion(s.otherVendor, 'Otter SMF', 'SMF');
  v.gnbB = await newVersion(s.otherVendor, 'Otter gNB', 'gNB');
}, 180_000);

afterAll(async () => {
  await database.drop();
});

describe('per network function and HHI', () => {
  it('shows an AMF fleet that is one vendor inside a core segment that looks mixed', async () => {
    // Core: Polar 40 AMF + 35 SMF = 75 of 140 (53.6 %), Otter 65 SMF.
    await replaceDeployments(s.operator, {
      deployments: [
        { productVersionId: v.amfA, quantity: 40 },
        { productVersionId: v.smfA, quantity: 35 },
        { productVersionId: v.smfB, quantity: 65 },
      ],
    });
    const core = (await getDiversity(s.operator)).segments.find((x) => x.segment === 'core')!;
    expect(core.hhi).toBe(5026);
    const amf = core.networkFunctions.find((f) => f.networkFunction === 'AMF')!;
    expect(amf).toMatchObject({ totalUnits: 40, hhi: 10_000, flags: ['share', 'hhi'] });
    expect(amf.vendors).toMatchObject([{ vendorId: s.vendor.orgId, units: 40, percent: 100, isConcentrated: true, operatorCount: 1 }]);
    expect(core.threshold).toEqual({ shareBasisPoints: 5000, hhi: 2500, isDefault: true });
  });
});

describe('thresholds', () => {
  it('lets a regulator set a segment threshold, logged with the previous values, and applies it to the segment and its functions', async () => {
    const before = await logSize();
    const set = await setConcentrationThreshold(s.regulator, 'core', { sharePercent: 60, hhi: 6000, reason: 'National policy 2027/1' });
    expect(set).toMatchObject({ segment: 'core', shareBasisPoints: 6000, hhi: 6000, isDefault: false });
    expect(await logSize()).toBe(before + 1);
    const [entry] = (await getLogEntries(s.regulator, { start: String(set.logIndex), end: String(set.logIndex! + 1) })).entries;
    expect(JSON.parse(entry.entry!)).toMatchObject({
      type: 'diversity.threshold_set',
      subject: { kind: 'concentration_threshold', id: 'core' },
      data: { segment: 'core', shareBasisPoints: 6000, hhi: 6000, previous: null, reason: 'National policy 2027/1' },
    });
    const diversity = await getDiversity(s.operator);
    const core = diversity.segments.find((x) => x.segment === 'core')!;
    expect(core.threshold).toEqual({ shareBasisPoints: 6000, hhi: 6000, isDefault: false });
    expect(core.flags).toEqual([]); // 53.6 % and HHI 5026 are under 60 % / 6000
    expect(core.networkFunctions.find((f) => f.networkFunction === 'AMF')!.flags).toEqual(['share', 'hhi']);
    expect(diversity.concentrationFlags.map((f) => [f.segment, f.networkFunction, f.flags])).toEqual([
      ['core', 'SMF', ['share']],
      ['core', 'AMF', ['share', 'hhi']],
    ]);
    const again = await setConcentrationThreshold(s.regulator2, 'core', { sharePercent: 40.5, hhi: 2500, reason: 'Tightened' }, { tags: [{ opaque: '1', isWeak: false }] });
    expect(again.shareBasisPoints).toBe(4050);
    const [second] = (await getLogEntries(s.regulator, { start: String(again.logIndex), end: String(again.logIndex! + 1) })).entries;
    expect(JSON.parse(second.entry!).data.previous).toEqual({ shareBasisPoints: 6000, hhi: 6000 });
  });

  it('refuses operators (403), vendors and labs (404), bad input (400) and a stale If-Match (412), logging nothing', async () => {
    const before = await logSize();
    const body = { sharePercent: 30, hhi: 2000, reason: 'x' };
    expect(await statusOf(setConcentrationThreshold(s.operator, 'core', body))).toBe(403);
    for (const actor of [s.vendor, s.lab]) expect(await statusOf(setConcentrationThreshold(actor, 'core', body))).toBe(404);
    expect(await statusOf(setConcentrationThreshold(s.regulator, 'edge', body))).toBe(400);
    expect(await statusOf(setConcentrationThreshold(s.regulator, 'ran', { ...body, sharePercent: 0 }))).toBe(400);
    expect(await statusOf(setConcentrationThreshold(s.regulator, 'ran', { ...body, sharePercent: 33.333 }))).toBe(400);
    expect(await statusOf(setConcentrationThreshold(s.regulator, 'ran', { ...body, hhi: 10_001 }))).toBe(400);
    expect(await statusOf(setConcentrationThreshold(s.regulator, 'ran', { ...body, reason: ' ' }))).toBe(400);
    expect(await statusOf(setConcentrationThreshold(s.regulator, 'ran', { ...body, extra: 1 }))).toBe(400);
    expect(await statusOf(setConcentrationThreshold(s.regulator, 'core', body, { tags: [{ opaque: '1', isWeak: false }] }))).toBe(412);
    expect(await logSize()).toBe(before);
  });

  it('answers through the API route with the documented shape', async () => {
    const { PUT } = await import('@/app/api/v1/diversity/thresholds/[segment]/route');
    const call = (actor: Actor, segment: string, body: unknown) => {
      auth.actor = actor;
      return PUT(
        new Request(`http://localhost/api/v1/diversity/thresholds/${segment}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
        { params: Promise.resolve({ segment }) },
      );
    };
    const ok = await call(s.regulator, 'transport', { sharePercent: 45, hhi: 3000, reason: 'Transport policy' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ segment: 'transport', shareBasisPoints: 4500, hhi: 3000 });
    expect((await call(s.operator, 'transport', { sharePercent: 45, hhi: 3000, reason: 'x' })).status).toBe(403);
    expect((await call(s.vendor, 'transport', { sharePercent: 45, hhi: 3000, reason: 'x' })).status).toBe(404);
    expect((await call(s.regulator, 'edge', { sharePercent: 45, hhi: 3000, reason: 'x' })).status).toBe(400);
  });
});

describe('phase-outs', () => {
  it('lets a regulator set, move and remove a phase-out, each logged, shown as a countdown with the units that remain', async () => {
    const before = await logSize();
    const deadline = isoDay(142);
    const set = await setPhaseOut(s.regulator, { segment: 'core', vendorId: s.vendor.orgId }, { deadline, reason: 'High-risk supplier decision 2026/7' });
    expect(set).toMatchObject({ segment: 'core', vendor: { id: s.vendor.orgId }, deadline, unitsRemaining: 75, daysLeft: 142, state: 'running', text: '142 days left; 75 units remain' });
    const moved = await setPhaseOut(s.regulator, { segment: 'core', vendorId: s.vendor.orgId }, { deadline: isoDay(200), reason: 'Extended' });
    expect(moved.id).toBe(set.id);
    expect(moved.version).toBe(2);
    const [entry] = (await getLogEntries(s.regulator, { start: String(moved.logIndex), end: String(moved.logIndex! + 1) })).entries;
    expect(JSON.parse(entry.entry!)).toMatchObject({
      type: 'diversity.phase_out_set',
      subject: { kind: 'phase_out', id: set.id },
      data: { segment: 'core', vendorOrgId: s.vendor.orgId, vendor: s.vendor.orgName, deadline: isoDay(200), previousDeadline: deadline, reason: 'Extended' },
    });
    // Operators see the phase-out with their own units; operatorB runs none of them.
    expect((await getDiversity(s.operator)).phaseOuts).toMatchObject([{ id: set.id, unitsRemaining: 75 }]);
    expect((await getDiversity(operatorB)).phaseOuts).toMatchObject([{ id: set.id, unitsRemaining: 0, state: 'done' }]);
    const removed = await removePhaseOut(s.regulator, { segment: 'core', vendorId: s.vendor.orgId }, { reason: 'Supplier reassessed' });
    expect(removed.id).toBe(set.id);
    expect((await getDiversity(s.regulator)).phaseOuts).toEqual([]);
    expect(await logSize()).toBe(before + 3);
    expect(await statusOf(removePhaseOut(s.regulator, { segment: 'core', vendorId: s.vendor.orgId }, { reason: 'again' }))).toBe(404);
  });

  it('refuses operators (403), vendors and labs (404), a past date and non-vendors, logging nothing', async () => {
    const body = { deadline: isoDay(30), reason: 'x' };
    const key = { segment: 'ran', vendorId: s.otherVendor.orgId };
    await setPhaseOut(s.regulator, key, body);
    const before = await logSize();
    expect(await statusOf(setPhaseOut(s.operator, key, body))).toBe(403);
    for (const actor of [s.vendor, s.otherVendor, s.lab]) expect(await statusOf(setPhaseOut(actor, key, body))).toBe(404);
    expect(await statusOf(setPhaseOut(s.regulator, key, { ...body, deadline: isoDay(-1) }))).toBe(400);
    expect(await statusOf(setPhaseOut(s.regulator, key, { ...body, deadline: '2027-02-30' }))).toBe(400);
    expect(await statusOf(setPhaseOut(s.regulator, { segment: 'ran', vendorId: s.lab.orgId }, body))).toBe(404);
    expect(await statusOf(setPhaseOut(s.regulator, { segment: 'edge', vendorId: s.otherVendor.orgId }, body))).toBe(400);
    expect(await statusOf(removePhaseOut(s.operator, key, { reason: 'x' }))).toBe(403);
    expect(await statusOf(removePhaseOut(s.vendor, key, { reason: 'x' }))).toBe(404);
    expect(await statusOf(removePhaseOut(s.regulator, { segment: 'transport', vendorId: s.otherVendor.orgId }, { reason: 'x' }))).toBe(404);
    expect(await logSize()).toBe(before);
  });

  it('answers through the API routes with the documented shape', async () => {
    const { PUT } = await import('@/app/api/v1/diversity/phase-outs/[segment]/[vendorId]/route');
    const { POST } = await import('@/app/api/v1/diversity/phase-outs/[segment]/[vendorId]/remove/route');
    const context = { params: Promise.resolve({ segment: 'ran', vendorId: s.otherVendor.orgId }) };
    const request = (body: unknown) => new Request('http://localhost/x', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    auth.actor = s.regulator;
    const set = await PUT(request({ deadline: isoDay(10), reason: 'RAN swap' }), context);
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ segment: 'ran', daysLeft: 10 });
    auth.actor = s.lab;
    expect((await POST(request({ reason: 'x' }), context)).status).toBe(404);
    auth.actor = s.regulator;
    expect((await POST(request({ reason: 'Done with it' }), context)).status).toBe(200);
  });
});

describe('the trend', () => {
  it('rebuilds the shares over time from the logged inventory changes, operators seeing their own', async () => {
    await replaceDeployments(operatorB, { deployments: [{ productVersionId: v.smfB, quantity: 25 }, { productVersionId: v.gnbB, quantity: 10 }] });
    await replaceDeployments(s.operator, { deployments: [{ productVersionId: v.amfA, quantity: 40 }, { productVersionId: v.smfB, quantity: 60 }] });
    const all = await getDiversityTrend(s.regulator);
    expect(all.bucket).toBe('change');
    expect(all.unverified).toBe(0);
    expect(all.points.map((p) => p.segments.core.totalUnits)).toEqual([140, 165, 125]);
    const last = all.points.at(-1)!;
    expect(last.segments.core.vendors).toEqual([
      { vendorId: s.otherVendor.orgId, units: 85, percent: 68 },
      { vendorId: s.vendor.orgId, units: 40, percent: 32 },
    ]);
    expect(last.segments.ran).toMatchObject({ totalUnits: 10, hhi: 10_000 });
    const own = await getDiversityTrend(operatorB);
    expect(own.points.map((p) => p.segments.core.totalUnits)).toEqual([25]);
    expect(own.scope.operator?.id).toBe(operatorB.orgId);
    expect((await getDiversityTrend(s.regulator, { operator: operatorB.orgId })).points).toHaveLength(1);
    for (const actor of [s.vendor, s.lab]) expect(await statusOf(getDiversityTrend(actor))).toBe(403);
    expect(await statusOf(getDiversityTrend(s.operator, { operator: operatorB.orgId }))).toBe(403);
    const { GET } = await import('@/app/api/v1/diversity/trend/route');
    auth.actor = s.regulator;
    expect((await GET(new Request('http://localhost/api/v1/diversity/trend'), params())).status).toBe(200);
  });

  it('leaves out a change whose stored inventory does not match the log entry, and keeps snapshots append-only', async () => {
    const forged = await database.db.transaction(async (tx) => {
      const appended = await unsafeAppendUntypedEntry(tx, {
        type: 'deployments.replaced',
        actor: operatorB,
        subject: { kind: 'deployments', id: operatorB.orgId },
        data: { count: 1, totalUnits: 1, sha256: 'f'.repeat(64), previousSha256: null },
      });
      await tx.insert(inventorySnapshots).values({ logIndex: appended.index, operatorOrgId: operatorB.orgId, items: `[{"productVersionId":"${v.smfB}","quantity":9999}]`, recordedAt: new Date() });
      return appended.index;
    });
    const trend = await getDiversityTrend(s.regulator);
    expect(trend.unverified).toBe(1);
    expect(trend.points.map((p) => p.logIndex)).not.toContain(forged);
    await expect(database.db.update(inventorySnapshots).set({ items: '[]' }).where(eq(inventorySnapshots.logIndex, forged))).rejects.toThrow();
  });
});

describe('the regulator dashboard', () => {
  it('holds the review queue, expiring and suspended certificates, affected matches and the concentration flags', async () => {
    await submissionInState(s, 'under_review');
    const expiring = await certificate(s.vendor, v.amfA, { expiresInDays: 30, name: 'Polar AMF' });
    await certificate(s.vendor, v.smfA, { expiresInDays: 90, name: 'Polar SMF' });
    const suspended = await certificate(s.otherVendor, v.smfB, { status: 'suspended', expiresInDays: 200, name: 'Otter SMF' });
    const [advisory] = await database.db
      .insert(advisories)
      .values({ format: 'osv', documentId: 'OSV-1', revision: '1', title: 'openssl', sha256: 'a'.repeat(64), size: 10 })
      .returning();
    await database.db.insert(advisoryMatches).values([
      { productVersionId: v.amfA, vulnerabilityId: 'CVE-2026-1', packageKey: 'pkg:generic/openssl', advisoryId: advisory.id, state: 'affected', confidence: 'high' },
      { productVersionId: v.amfA, vulnerabilityId: 'CVE-2026-2', packageKey: 'pkg:generic/openssl', advisoryId: advisory.id, state: 'affected', confidence: 'high', activelyExploited: true },
      { productVersionId: v.amfA, vulnerabilityId: 'CVE-2026-3', packageKey: 'pkg:generic/zlib', advisoryId: advisory.id, state: 'not_affected', confidence: 'high' },
      { productVersionId: v.smfB, vulnerabilityId: 'CVE-2026-1', packageKey: 'pkg:generic/openssl', advisoryId: advisory.id, state: 'affected', confidence: 'low' },
    ]);
    await setPhaseOut(s.regulator, { segment: 'core', vendorId: s.vendor.orgId }, { deadline: isoDay(60), reason: 'High-risk' });

    const dashboard = await getRegulatorDashboard(s.regulator);
    expect(dashboard.reviewQueue.total).toBe(1);
    expect(dashboard.reviewQueue.items[0].product.name).toBe('Product AMF');
    expect(dashboard.expiring).toMatchObject({ total: 1, items: [{ id: expiring, label: 'Polar AMF 1.0', daysLeft: 30 }] });
    expect(dashboard.suspended).toMatchObject({ total: 1, items: [{ id: suspended, label: 'Otter SMF 1.0' }] });
    expect(dashboard.affectedMatches.total).toBe(3);
    expect(dashboard.affectedMatches.certificateCount).toBe(2);
    expect(dashboard.affectedMatches.items.map((i) => [i.id, i.matches, i.activelyExploited])).toEqual([
      [expiring, 2, true],
      [suspended, 1, false],
    ]);
    expect(dashboard.concentration.flags.length).toBeGreaterThan(0);
    expect(dashboard.concentration.phaseOuts).toMatchObject([{ segment: 'core', vendor: { id: s.vendor.orgId }, unitsRemaining: 40, daysLeft: 60 }]);
    for (const actor of [s.operator, s.vendor, s.lab]) expect(await statusOf(getRegulatorDashboard(actor))).toBe(403);
  });
});
