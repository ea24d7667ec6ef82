import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { addEvidenceRow, createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import type { Actor } from '@/lib/authz/actor';
import { ServiceError } from '@/lib/errors';
import { getResults } from '@/lib/results/read-results';
import { recordResults, recordResultsFromCsv } from '@/lib/results/commands/record-results';
import { listCatalogueTestCases } from '@/lib/catalogue/read-catalogue';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { createProduct } from '@/lib/products/commands/create-product';
import { createProductVersion } from '@/lib/products/commands/create-product-version';
import { applicableTestCases } from '@/lib/catalogue/applicable-test-cases';
import { scasCatalogue } from '@/lib/catalogue/scas-catalogue';
import { countLogEntries, selectEntriesForSubject } from '@/db/queries/log';
import { evidence, testResults } from '@/db/schema/submissions';
import { submissionStateLabel } from '@/lib/workflow/submission-state-display';

const auth = vi.hoisted(() => ({ actor: null as Actor | null }));
// The handlers are called directly; only the session/token lookup is replaced.
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
// UPF: TS 33.117 (18.1.0) and TS 33.513 (18.0.0); not virtualized.
const UPF_CASES = applicableTestCases(scasCatalogue, 'UPF', false);
const T117 = UPF_CASES.find((t) => t.spec === 'TS 33.117')!;
const T513 = UPF_CASES.find((t) => t.spec === 'TS 33.513')!;
const T513b = UPF_CASES.filter((t) => t.spec === 'TS 33.513')[1];
const AMF_ONLY = applicableTestCases(scasCatalogue, 'AMF', false).find((t) => t.spec === 'TS 33.512')!;
const VIRTUALIZED_ONLY = applicableTestCases(scasCatalogue, 'UPF', true).find((t) => t.spec === 'TS 33.527')!;

beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('UPF');
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const statusOf = (p: Promise<unknown>) => p.then(() => 200, (e) => (e instanceof ServiceError ? e.status : Promise.reject(e)));
const COI = { conflictOfInterest: { hasConflict: false, statement: 'No ties to the vendor.' } };

/** A submission the lab has just accepted: in_evaluation with no results yet (the real path). */
async function freshEvaluation(scenario: Scenario = s) {
  const row = await submissionInState(scenario, 'submitted');
  await performSubmissionAction(scenario.lab, row.id, 'accept', COI);
  return row;
}

async function storedResults(submissionId: string) {
  return database.db.select().from(testResults).where(eq(testResults.submissionId, submissionId));
}

/** Runs `fn` and returns how many log entries it appended. */
async function logDelta(fn: () => Promise<unknown>) {
  const before = await countLogEntries(database.db);
  await fn().catch(() => {});
  return (await countLogEntries(database.db)) - before;
}

describe('recording results', () => {
  it('lets the assigned lab record results in in_evaluation, pinned to the spec version, with one log entry', async () => {
    const row = await freshEvaluation();
    const evidence = await addEvidenceRow(row.id, s.lab, 'test_report');
    const before = await countLogEntries(database.db);
    const outcome = await recordResults(s.lab, row.id, {
      results: [
        { testCaseId: T117.id, result: 'pass' },
        { testCaseId: T513.id, result: 'fail', notes: '  GTP-U fuzzing crashed the process  ', evidenceId: evidence.id },
        { testCaseId: T513b.id, result: 'not_applicable', notes: 'No N9 interface' },
      ],
    });
    expect(await countLogEntries(database.db)).toBe(before + 1);
    expect(outcome).toMatchObject({
      submissionId: row.id,
      recorded: 3,
      counts: { pass: 1, fail: 1, inconclusive: 0, not_applicable: 1 },
      summary: { pass: 1, fail: 1, inconclusive: 0, not_applicable: 1, missing: UPF_CASES.length - 3, total: UPF_CASES.length },
    });

    const stored = new Map((await storedResults(row.id)).map((r) => [r.testCaseId, r]));
    expect(stored.get(T117.id)).toMatchObject({ specVersion: '18.1.0', result: 'pass', notes: null, recordedBy: s.lab.userId });
    expect(stored.get(T513.id)).toMatchObject({ specVersion: '18.0.0', result: 'fail', notes: 'GTP-U fuzzing crashed the process', evidenceId: evidence.id });

    const entries = await selectEntriesForSubject(database.db, 'submission', row.id);
    const last = entries[entries.length - 1];
    expect(last.index).toBe(outcome.logIndex);
    expect(last.type).toBe('results.recorded');
    expect(JSON.parse(last.entry).data).toEqual({
      count: 3,
      counts: { pass: 1, fail: 1, inconclusive: 0, not_applicable: 1 },
      testCaseIds: [T117.id, T513.id, T513b.id],
      results: { [T117.id]: 'pass', [T513.id]: 'fail', [T513b.id]: 'not_applicable' },
      specVersions: { 'TS 33.117': '18.1.0', 'TS 33.513': '18.0.0' },
    });
  });

  it('replaces a recorded result on a second call, logs again and leaves the submission version alone', async () => {
    const row = await freshEvaluation();
    const evidence = await addEvidenceRow(row.id, s.lab, 'test_report');
    const first = await recordResults(s.lab, row.id, { results: [{ testCaseId: T117.id, result: 'fail', notes: 'first try', evidenceId: evidence.id }] });
    const delta = await logDelta(() => recordResults(s.lab, row.id, { results: [{ testCaseId: T117.id, result: 'pass' }] }, first.submissionVersion));
    expect(delta).toBe(1);
    const [stored] = await storedResults(row.id);
    expect(stored).toMatchObject({ result: 'pass', notes: null, evidenceId: null });
    const view = await getResults(s.vendor, row.id);
    expect(view.submissionVersion).toBe(first.submissionVersion);
    expect(view.summary).toMatchObject({ pass: 1, fail: 0, missing: UPF_CASES.length - 1 });
  });

  it('refuses every other state with 409 naming it, and logs nothing', async () => {
    for (const state of ['submitted', 'under_review', 'changes_requested', 'approved', 'rejected', 'withdrawn'] as const) {
      const row = await submissionInState(s, state);
      let error: unknown;
      const delta = await logDelta(() => recordResults(s.lab, row.id, { results: [{ testCaseId: T117.id, result: 'pass' }] }).catch((e) => { error = e; throw e; }));
      expect(error, state).toMatchObject({ status: 409, extra: { currentState: state }, message: expect.stringContaining(`“${submissionStateLabel(state)}”`) });
      expect(delta, state).toBe(0);
    }
  });

  it('answers 403 to others who can see the submission and 404 to those who cannot', async () => {
    const row = await freshEvaluation();
    const body = { results: [{ testCaseId: T117.id, result: 'pass' }] };
    const expected: [string, Actor, number][] = [
      ['vendor', s.vendor, 403],
      ['regulator', s.regulator, 403],
      ['other lab', s.otherLab, 404],
      ['other vendor', s.otherVendor, 404],
      ['operator', s.operator, 404],
    ];
    for (const [who, actor, status] of expected) {
      const delta = await logDelta(async () => expect(await statusOf(recordResults(actor, row.id, body)), who).toBe(status));
      expect(delta, who).toBe(0);
    }
    expect(await storedResults(row.id)).toEqual([]);
    const draft = await submissionInState(s, 'draft');
    expect(await statusOf(recordResults(s.lab, draft.id, body))).toBe(404);
  });

  it('refuses test cases that do not apply with 422 per row, and stores nothing', async () => {
    const row = await freshEvaluation();
    let error: ServiceError | undefined;
    const delta = await logDelta(() =>
      recordResults(s.lab, row.id, {
        results: [
          { testCaseId: T117.id, result: 'pass' },
          { testCaseId: AMF_ONLY.id, result: 'pass' },
          { testCaseId: VIRTUALIZED_ONLY.id, result: 'pass' },
          { testCaseId: '99.999-1.2.3', result: 'fail' },
        ],
      }).catch((e) => { error = e; throw e; }),
    );
    expect(delta).toBe(0);
    expect(error?.status).toBe(422);
    expect(error?.extra.errors).toEqual([
      { path: 'results.1.testCaseId', message: `Test case ${AMF_ONLY.id} does not apply to this UPF product` },
      { path: 'results.2.testCaseId', message: `Test case ${VIRTUALIZED_ONLY.id} does not apply to this UPF product` },
      { path: 'results.3.testCaseId', message: '99.999-1.2.3 is not a test case of the SCAS catalogue' },
    ]);
    expect(await storedResults(row.id)).toEqual([]);
  });

  it('refuses evidence of another submission (or none at all) with 422, and stores nothing', async () => {
    const row = await freshEvaluation();
    const other = await freshEvaluation();
    const foreign = await addEvidenceRow(other.id, s.lab, 'test_report');
    let error: ServiceError | undefined;
    const delta = await logDelta(() =>
      recordResults(s.lab, row.id, {
        results: [
          { testCaseId: T117.id, result: 'pass' },
          { testCaseId: T513.id, result: 'fail', evidenceId: foreign.id },
          { testCaseId: T513b.id, result: 'fail', evidenceId: crypto.randomUUID() },
        ],
      }).catch((e) => { error = e; throw e; }),
    );
    expect(delta).toBe(0);
    expect(error?.status).toBe(422);
    expect((error?.extra.errors as { path: string }[]).map((e) => e.path)).toEqual(['results.1.evidenceId', 'results.2.evidenceId']);
    expect(await storedResults(row.id)).toEqual([]);
  });

  it('validates the body strictly: 400 for duplicates, unknown fields, bad results, empty lists and long notes', async () => {
    const row = await freshEvaluation();
    const bodies: unknown[] = [
      { results: [{ testCaseId: T117.id, result: 'pass' }, { testCaseId: T117.id, result: 'fail' }] },
      { results: [{ testCaseId: T117.id, result: 'pass', extra: 1 }] },
      { results: [{ testCaseId: T117.id, result: 'passed' }] },
      { results: [] },
      { results: [{ testCaseId: T117.id, result: 'pass', notes: 'x'.repeat(5001) }] },
      { results: [{ testCaseId: T117.id, result: 'pass' }], more: true },
      { results: Array.from({ length: 1001 }, (_, i) => ({ testCaseId: `x-${i}`, result: 'pass' })) },
    ];
    for (const body of bodies) {
      const delta = await logDelta(async () => expect(await statusOf(recordResults(s.lab, row.id, body))).toBe(400));
      expect(delta).toBe(0);
    }
    await expect(recordResults(s.lab, row.id, bodies[0])).rejects.toMatchObject({ extra: { errors: [{ path: 'results.1.testCaseId' }] } });
  });

  it('checks If-Match against the submission version: 412 when stale, nothing stored', async () => {
    const row = await freshEvaluation();
    const body = { results: [{ testCaseId: T117.id, result: 'pass' }] };
    const view = await getResults(s.lab, row.id);
    await expect(recordResults(s.lab, row.id, body, view.submissionVersion - 1)).rejects.toMatchObject({ status: 412, extra: { currentVersion: view.submissionVersion } });
    expect(await storedResults(row.id)).toEqual([]);
    expect((await recordResults(s.lab, row.id, body, view.submissionVersion)).submissionVersion).toBe(view.submissionVersion);
  });

  it('serialises with submit-evaluation: results are never added after the submission left in_evaluation', async () => {
    for (let round = 0; round < 3; round++) {
      const row = await submissionInState(s, 'in_evaluation');
      const [recorded, submitted] = await Promise.all([
        statusOf(recordResults(s.lab, row.id, { results: [{ testCaseId: T117.id, result: 'fail' }] })),
        statusOf(performSubmissionAction(s.lab, row.id, 'submit_evaluation', {})),
      ]);
      expect(submitted).toBe(200);
      const types = (await selectEntriesForSubject(database.db, 'submission', row.id)).map((e) => e.type);
      const [stored] = (await storedResults(row.id)).filter((r) => r.testCaseId === T117.id);
      if (recorded === 200) {
        expect(types.indexOf('results.recorded')).toBeLessThan(types.indexOf('evaluation.submitted'));
        expect(stored.result).toBe('fail');
      } else {
        expect(recorded).toBe(409);
        expect(types).not.toContain('results.recorded');
        expect(stored.result).toBe('pass');
      }
    }
  });

  it('uses the virtualized catalogue for a virtualized product', async () => {
    const product = await createProduct(s.vendor, { name: 'Cloud UPF', networkFunction: 'UPF', isVirtualized: true });
    const version = await createProductVersion(s.vendor, product.id, { version: '2.0.0' });
    const row = await freshEvaluation({ ...s, version });
    const outcome = await recordResults(s.lab, row.id, { results: [{ testCaseId: VIRTUALIZED_ONLY.id, result: 'pass' }] });
    expect(outcome.summary.total).toBe(UPF_CASES.length + 5);
    const [stored] = await storedResults(row.id);
    expect(stored.specVersion).toBe('18.0.1');
  });
});

describe('reading results', () => {
  it('lists every applicable test case with its result or null, and correct summary counts', async () => {
    const row = await freshEvaluation();
    await recordResults(s.lab, row.id, {
      results: [
        { testCaseId: T117.id, result: 'pass' },
        { testCaseId: T513.id, result: 'inconclusive', notes: 'retest' },
        { testCaseId: T513b.id, result: 'fail' },
      ],
    });
    const view = await getResults(s.vendor, row.id);
    expect(view).toMatchObject({ submissionId: row.id, state: 'in_evaluation', networkFunction: 'UPF', isVirtualized: false });
    expect(view.items.map((i) => i.testCaseId)).toEqual(UPF_CASES.map((t) => t.id));
    expect(view.summary).toEqual({ pass: 1, fail: 1, inconclusive: 1, not_applicable: 0, missing: UPF_CASES.length - 3, total: UPF_CASES.length });
    const item = view.items.find((i) => i.testCaseId === T513.id)!;
    expect(item).toMatchObject({ spec: 'TS 33.513', specVersion: '18.0.0', recordedSpecVersion: '18.0.0', clause: T513.clause, title: T513.title, result: 'inconclusive', notes: 'retest' });
    expect(Date.parse(item.recordedAt!)).not.toBeNaN();
    expect(view.items.find((i) => i.result === null)).toMatchObject({ notes: null, evidenceId: null, recordedAt: null, recordedSpecVersion: null });

    for (const actor of [s.lab, s.regulator]) expect((await getResults(actor, row.id)).summary).toEqual(view.summary);
    for (const actor of [s.otherLab, s.otherVendor, s.operator]) expect(await statusOf(getResults(actor, row.id))).toBe(404);
  });

  it('shows results to operators only once certified, without evidence not released to them', async () => {
    const review = await submissionInState(s, 'under_review');
    expect(await statusOf(getResults(s.operator, review.id))).toBe(404);
    const approved = await submissionInState(s, 'approved');
    const hidden = await addEvidenceRow(approved.id, s.lab, 'test_report');
    const released = await addEvidenceRow(approved.id, s.lab, 'evaluation_report');
    await database.db.update(evidence).set({ visibility: 'certified' }).where(eq(evidence.id, released.id));
    const recorded = { submissionId: approved.id, specVersion: '18.1.0', result: 'pass' as const, recordedBy: s.lab.userId };
    await database.db.insert(testResults).values([
      { ...recorded, testCaseId: T117.id, evidenceId: hidden.id },
      { ...recorded, testCaseId: UPF_CASES[1].id, evidenceId: released.id },
    ]);
    const evidenceOf = async (actor: Actor) => (await getResults(actor, approved.id)).items.slice(0, 2).map((i) => [i.result, i.evidenceId]);
    expect(await evidenceOf(s.operator)).toEqual([['pass', null], ['pass', released.id]]);
    expect(await evidenceOf(s.vendor)).toEqual([['pass', hidden.id], ['pass', released.id]]);
  });
});

describe('CSV upload', () => {
  it('records a parsed CSV file through the same rules', async () => {
    const row = await freshEvaluation();
    const csv = `\uFEFFtestCaseId,result,notes\r\n${T117.id},Pass,"ok, really"\r\n${T513.id},N/A,No N9 interface\r\n`;
    const outcome = await recordResultsFromCsv(s.lab, row.id, csv);
    expect(outcome.counts).toEqual({ pass: 1, fail: 0, inconclusive: 0, not_applicable: 1 });
    expect((await storedResults(row.id)).find((r) => r.testCaseId === T117.id)?.notes).toBe('ok, really');
  });

  it('answers 422 with line numbers for unparsable files and refused rows, storing nothing', async () => {
    const row = await freshEvaluation();
    await expect(recordResultsFromCsv(s.lab, row.id, `testCaseId,result\n${T117.id},passed\n`)).rejects.toMatchObject({
      status: 422,
      extra: { errors: [{ line: 2, message: expect.stringContaining('Unknown result "passed"') }] },
    });
    await expect(recordResultsFromCsv(s.lab, row.id, `testCaseId,result\n${T117.id},pass\n\n${AMF_ONLY.id},fail\n`)).rejects.toMatchObject({
      status: 422,
      extra: { errors: [{ path: 'results.1.testCaseId', line: 4 }] },
    });
    expect(await storedResults(row.id)).toEqual([]);
  });
});

describe('catalogue', () => {
  it('lists the applicable test cases and refuses an unknown network function with the valid ones', () => {
    const { items } = listCatalogueTestCases(s.lab, { networkFunction: 'UPF' });
    expect(items.map((i) => i.id)).toEqual(UPF_CASES.map((t) => t.id));
    expect(items[0]).toEqual({ id: T117.id, spec: 'TS 33.117', specVersion: '18.1.0', clause: T117.clause, title: T117.title, group: T117.group, testNames: [...T117.testNames] });
    expect(listCatalogueTestCases(s.operator, { networkFunction: 'UPF', virtualized: 'true' }).items).toHaveLength(UPF_CASES.length + 5);
    let error: ServiceError | undefined;
    try {
      listCatalogueTestCases(s.vendor, { networkFunction: 'upf' });
    } catch (e) {
      error = e as ServiceError;
    }
    expect(error?.status).toBe(400);
    expect(error?.message).toContain('Unknown network function "upf"');
    expect(error?.message).toContain('gNB, gNB-CU');
    expect(() => listCatalogueTestCases(s.vendor, {})).toThrow(ServiceError);
    expect(() => listCatalogueTestCases(s.vendor, { networkFunction: 'UPF', virtualized: 'yes' })).toThrow(ServiceError);
  });
});

describe('HTTP handlers', () => {
  const resultsRoute = () => import('@/app/api/v1/submissions/[id]/results/route');
  const url = (id: string, query = '') => `http://localhost/api/v1/submissions/${id}/results${query}`;
  const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

  it('accepts JSON and CSV bodies on PUT and serves JSON or CSV on GET', async () => {
    const { GET, PUT } = await resultsRoute();
    const row = await freshEvaluation();
    auth.actor = s.lab;
    const jsonResponse = await PUT(
      new Request(url(row.id), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ results: [{ testCaseId: T117.id, result: 'pass' }] }) }),
      ctx(row.id),
    );
    expect(jsonResponse.status).toBe(200);
    const etag = jsonResponse.headers.get('etag');
    const csvResponse = await PUT(
      new Request(url(row.id), { method: 'PUT', headers: { 'content-type': 'text/csv; charset=utf-8', 'if-match': etag! }, body: `testCaseId,result,notes\n${T513.id},fail,"a, b"\n` }),
      ctx(row.id),
    );
    expect(csvResponse.status).toBe(200);
    expect(await csvResponse.json()).toMatchObject({ recorded: 1, summary: { pass: 1, fail: 1 } });

    auth.actor = s.vendor;
    const view = await (await GET(new Request(url(row.id)), ctx(row.id))).json();
    expect(view.summary).toMatchObject({ pass: 1, fail: 1, missing: UPF_CASES.length - 2 });
    const csv = await GET(new Request(url(row.id, '?format=csv')), ctx(row.id));
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await csv.text();
    expect(text).toContain(`${T513.id},fail,"a, b"\r\n`);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(UPF_CASES.length + 1);
  });

  it('answers problem documents for wrong media types, oversized bodies and bad CSV', async () => {
    const { PUT } = await resultsRoute();
    const row = await freshEvaluation();
    auth.actor = s.lab;
    const put = (headers: Record<string, string>, body: BodyInit) => PUT(new Request(url(row.id), { method: 'PUT', headers, body }), ctx(row.id));

    const wrongType = await put({ 'content-type': 'text/plain' }, 'x');
    expect(wrongType.status).toBe(415);
    expect(wrongType.headers.get('content-type')).toBe('application/problem+json');
    expect((await put({ 'content-type': 'text/csv; charset=windows-1252' }, 'x')).status).toBe(415);

    const big = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new Uint8Array(1024 * 1024).fill(0x61));
        controller.close();
      },
    });
    const tooLarge = await PUT(new Request(url(row.id), { method: 'PUT', headers: { 'content-type': 'text/csv' }, body: big, duplex: 'half' } as RequestInit), ctx(row.id));
    expect(tooLarge.status).toBe(413);

    const latin1 = await put({ 'content-type': 'text/csv' }, new Uint8Array([0x74, 0x65, 0xe9, 0x0a]));
    expect(latin1.status).toBe(400);
    expect((await latin1.json()).detail).toContain('CSV UTF-8');

    const badCsv = await put({ 'content-type': 'text/csv' }, `testCaseId,result\n${T117.id},maybe\n`);
    expect(badCsv.status).toBe(422);
    expect(await badCsv.json()).toMatchObject({ status: 422, errors: [{ line: 2 }] });

    auth.actor = s.vendor;
    const forbidden = await put({ 'content-type': 'application/json' }, JSON.stringify({ results: [{ testCaseId: T117.id, result: 'pass' }] }));
    expect(forbidden.status).toBe(403);
    expect(await storedResults(row.id)).toEqual([]);
  });

  it('serves the catalogue and refuses an unknown network function with 400', async () => {
    const { GET } = await import('@/app/api/v1/catalogue/route');
    auth.actor = s.operator;
    const ok = await GET(new Request('http://localhost/api/v1/catalogue?networkFunction=UPF'), { params: Promise.resolve({}) });
    expect((await ok.json()).items).toHaveLength(UPF_CASES.length);
    const bad = await GET(new Request('http://localhost/api/v1/catalogue?networkFunction=XYZ'), { params: Promise.resolve({}) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ path: 'networkFunction', message: expect.stringContaining('AMF') }] });
    auth.actor = null;
    expect((await GET(new Request('http://localhost/api/v1/catalogue?networkFunction=UPF'), { params: Promise.resolve({}) })).status).toBe(401);
  });
});
