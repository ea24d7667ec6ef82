import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { addEvidenceRow, createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { ServiceError } from '@/lib/errors';
import { getRegistryCertificate } from '@/lib/registry/read-registry-certificate';
import { recordResults } from '@/lib/results/commands/record-results';
import { getResults } from '@/lib/results/read-results';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { getDecisionPanel } from '@/lib/submissions/read-decision-panel';
import { advisories, advisoryMatches } from '@/db/schema/advisories';
import { certificates } from '@/db/schema/certificates';
import { logEntries } from '@/db/schema/log';
import { decisions } from '@/db/schema/submissions';

const COI = { conflictOfInterest: { hasConflict: false, statement: 'No ties to the vendor.' } };

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await database.drop();
});

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (error) {
    if (error instanceof ServiceError) return { status: error.status, message: error.message, extra: error.extra as { unmet?: { code: string }[]; errors?: { path: string }[] } };
    throw error;
  }
  throw new Error('expected a refusal');
}

async function entriesOf(subjectId: string, type: string) {
  const rows = await database.db.select().from(logEntries).where(and(eq(logEntries.subjectId, subjectId), eq(logEntries.type, type)));
  return rows.map((r) => JSON.parse(r.entry) as { data: Record<string, unknown> });
}

/** Accepted, results recorded as given (the rest pass), report attached: ready for submit_evaluation. */
async function evaluated(s: Scenario, special: Record<number, { result: 'fail' | 'inconclusive' | 'not_applicable'; notes: string }> = {}, verdict?: string) {
  const row = await submissionInState(s, 'submitted');
  await performSubmissionAction(s.lab, row.id, 'accept', COI);
  await recordResults(s.lab, row.id, { results: s.testCaseIds.map((t, i) => ({ testCaseId: t.id, result: special[i]?.result ?? 'pass', notes: special[i]?.notes })) });
  await addEvidenceRow(row.id, s.lab, 'evaluation_report');
  await performSubmissionAction(s.lab, row.id, 'submit_evaluation', verdict ? { verdict } : {});
  return row;
}

async function addAffectedMatch(s: Scenario) {
  const [advisory] = await database.db
    .insert(advisories)
    .values({ format: 'osv', documentId: `OSV-${Date.now()}`, revision: '1', title: 'libfoo overflow', sha256: 'e'.repeat(64), size: 10 })
    .returning();
  await database.db.insert(advisoryMatches).values({
    productVersionId: s.version.id,
    vulnerabilityId: `CVE-2026-${Math.floor(Math.random() * 90000) + 10000}`,
    packageKey: `pkg:npm/libfoo-${Date.now()}`,
    advisoryId: advisory.id,
    state: 'affected',
    confidence: 'high',
  });
}

describe('results rules', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await createScenario('gNB');
  }, 60_000);

  it('refuses not-applicable and inconclusive results without a note (422, nothing stored)', async () => {
    const row = await submissionInState(s, 'submitted');
    await performSubmissionAction(s.lab, row.id, 'accept', COI);
    for (const result of ['not_applicable', 'inconclusive'] as const) {
      const r = await refusal(recordResults(s.lab, row.id, { results: [{ testCaseId: s.testCaseIds[0].id, result, notes: '  ' }] }));
      expect(r.status).toBe(422);
      expect(r.extra.errors?.[0].path).toBe('results.0.notes');
    }
    expect((await getResults(s.lab, row.id)).summary.missing).toBe(s.testCaseIds.length);
    const ok = await recordResults(s.lab, row.id, { results: [{ testCaseId: s.testCaseIds[0].id, result: 'not_applicable', notes: 'No Xn interface' }] });
    expect(ok.counts.not_applicable).toBe(1);
  });

  it('refuses to submit an evaluation with an inconclusive result unless the verdict says why, and logs the verdict', async () => {
    const row = await submissionInState(s, 'submitted');
    await performSubmissionAction(s.lab, row.id, 'accept', COI);
    await recordResults(s.lab, row.id, {
      results: s.testCaseIds.map((t, i) => ({ testCaseId: t.id, result: i === 0 ? 'inconclusive' : 'pass', notes: i === 0 ? 'Test bed lacked the N2 simulator' : undefined })),
    });
    await addEvidenceRow(row.id, s.lab, 'evaluation_report');
    const r = await refusal(performSubmissionAction(s.lab, row.id, 'submit_evaluation', {}));
    expect(r.status).toBe(409);
    expect(r.extra.unmet?.map((u) => u.code)).toEqual(['verdict_missing']);
    expect(await entriesOf(row.id, 'evaluation.submitted')).toHaveLength(0);
    const done = await performSubmissionAction(s.lab, row.id, 'submit_evaluation', { verdict: 'Inconclusive case retested by the vendor under our witness; see report §4.' });
    expect(done.state).toBe('under_review');
    const [entry] = await entriesOf(row.id, 'evaluation.submitted');
    expect(entry.data.verdict).toContain('retested');
  });

  it('refuses a verdict or conditions sent with another action (400)', async () => {
    const row = await submissionInState(s, 'under_review');
    expect((await refusal(performSubmissionAction(s.regulator, row.id, 'reject', { reason: 'No', conditions: ['x'] }))).status).toBe(400);
    expect((await refusal(performSubmissionAction(s.regulator, row.id, 'request_changes', { reason: 'More', verdict: 'x' }))).status).toBe(400);
  });
});

describe('approving with open issues', () => {
  it('needs a rationale for a failed case; the rationale and conditions are stored, logged and published', async () => {
    const s = await createScenario('gNB');
    const row = await evaluated(s, { 0: { result: 'fail', notes: 'Default password accepted on the O&M port' } });
    const panel = await getDecisionPanel(s.regulator, row.id, await getResults(s.regulator, row.id));
    expect(panel.rationaleRequired).toContain('1 failed test case');
    expect(panel.openResults).toEqual([expect.objectContaining({ testCaseId: s.testCaseIds[0].id, result: 'fail', notes: 'Default password accepted on the O&M port' })]);
    expect(panel.accreditation.isValid).toBe(true);

    const r = await refusal(performSubmissionAction(s.regulator, row.id, 'approve', {}));
    expect(r.status).toBe(409);
    expect(r.extra.unmet?.map((u) => u.code)).toEqual(['rationale_missing']);
    expect(r.message).toContain('rationale');
    expect(await entriesOf(row.id, 'decision.approved')).toHaveLength(0);
    expect(await database.db.select().from(decisions).where(eq(decisions.submissionId, row.id))).toHaveLength(0);

    const rationale = 'The O&M port is closed by the mandatory hardening profile; the failure does not apply in service.';
    const conditions = ['Valid only with hardening profile H2 applied', 'O&M port 8443 must be firewalled'];
    const approved = await performSubmissionAction(s.regulator, row.id, 'approve', { reason: rationale, conditions });
    expect(approved.state).toBe('approved');
    const [decision] = await entriesOf(row.id, 'decision.approved');
    expect(decision.data).toMatchObject({ reason: rationale, conditions, openIssues: { failed: 1, inconclusive: 0, affectedMatches: 0 } });
    const [certificate] = await database.db.select().from(certificates).where(eq(certificates.submissionId, row.id));
    const [issued] = await entriesOf(certificate.id, 'certificate.issued');
    expect(issued.data).toMatchObject({ rationales: [rationale], conditions });

    const publicView = await getRegistryCertificate(certificate.id);
    expect(publicView.approval).toEqual({ approvals: [{ at: expect.any(String), rationale, logIndex: expect.any(Number) }], conditions });
    const route = (await import('@/app/api/v1/registry/[id]/route')).GET;
    const response = await route(new Request(`http://localhost/api/v1/registry/${certificate.id}`), { params: Promise.resolve({ id: certificate.id }) });
    expect(response.status).toBe(200);
    expect((await response.json()).approval.conditions).toEqual(conditions);
  }, 60_000);

  it('needs a rationale for an inconclusive case and for an affected advisory match, not for a clean evaluation', async () => {
    const s = await createScenario('gNB');
    const inconclusive = await evaluated(s, { 1: { result: 'inconclusive', notes: 'Simulator missing' } }, 'Witnessed retest pending; risk accepted by the lab.');
    expect((await refusal(performSubmissionAction(s.regulator, inconclusive.id, 'approve', {}))).extra.unmet?.[0].code).toBe('rationale_missing');

    const clean = await evaluated(s);
    const panel = await getDecisionPanel(s.regulator, clean.id, await getResults(s.regulator, clean.id));
    expect(panel.rationaleRequired).toBeNull();
    expect(panel.sboms).toEqual([expect.objectContaining({ conformance: null })]);

    await addAffectedMatch(s);
    const withMatch = await getDecisionPanel(s.regulator, clean.id, await getResults(s.regulator, clean.id));
    expect(withMatch.affectedMatches).toBe(1);
    expect(withMatch.rationaleRequired).toContain('advisory match');
    expect((await refusal(performSubmissionAction(s.regulator, clean.id, 'approve', {}))).extra.unmet?.[0].code).toBe('rationale_missing');
    const approved = await performSubmissionAction(s.regulator, clean.id, 'approve', { reason: 'libfoo is not reachable from any interface.' });
    expect(approved.state).toBe('approved');
  }, 60_000);

  it('approves a clean evaluation without a rationale, and shows the panel to regulators only', async () => {
    const s = await createScenario('AMF');
    const row = await evaluated(s);
    expect((await refusal(getDecisionPanel(s.vendor, row.id, await getResults(s.vendor, row.id)))).status).toBe(404);
    const first = await performSubmissionAction(s.regulator, row.id, 'approve', { conditions: ['Valid only in the standalone core'] });
    expect(first.state).toBe('under_review');
    const panel = await getDecisionPanel(s.regulator2, row.id, await getResults(s.regulator2, row.id));
    expect(panel.approvals).toEqual({ given: 1, required: 2, hasCurrentUserApproved: false });
    expect(panel.roundDecisions).toEqual([expect.objectContaining({ kind: 'approve', regulatorUserId: s.regulator.userId, conditions: ['Valid only in the standalone core'] })]);
    const second = await performSubmissionAction(s.regulator2, row.id, 'approve', {});
    expect(second.state).toBe('approved');
    const [certificate] = await database.db.select().from(certificates).where(eq(certificates.submissionId, row.id));
    expect((await getRegistryCertificate(certificate.id)).approval).toEqual({
      approvals: [expect.objectContaining({ rationale: null }), expect.objectContaining({ rationale: null })],
      conditions: ['Valid only in the standalone core'],
    });
  }, 60_000);
});
