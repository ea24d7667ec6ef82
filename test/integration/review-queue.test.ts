import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { addEvidenceRow, createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import type { Actor } from '@/lib/authz/actor';
import { ServiceError } from '@/lib/errors';
import { listAssignments } from '@/lib/submissions/read-assignments';
import { getReviewQueueFilterOptions, listReviewQueue, type ReviewQueueItemDto } from '@/lib/submissions/read-review-queue';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { recordResults } from '@/lib/results/commands/record-results';
import { countLogEntries } from '@/db/queries/log';
import { reviewQueueResponseSchema } from '@/lib/validation/review-queue';
import { decisions } from '@/db/schema/submissions';
import type { SubmissionState } from '@/lib/workflow/submission-states';

const auth = vi.hoisted(() => ({ actor: null as Actor | null }));
// The route handler is called directly; only the session/token lookup is replaced.
vi.mock('@/lib/auth/get-actor', async () => {
  const { unauthorized } = await import('@/lib/errors');
  return {
    requireActor: async () => {
      if (!auth.actor) throw unauthorized();
      return auth.actor;
    },
  };
});

const ALL_STATES: SubmissionState[] = ['draft', 'submitted', 'in_evaluation', 'under_review', 'changes_requested', 'approved', 'rejected', 'withdrawn'];
const COI = { conflictOfInterest: { hasConflict: false, statement: 'No ties to the vendor.' } };

let database: TestDatabase;
/** A core product (AMF: two approvals) and a RAN product (gNB: one), each with its own vendor and labs. */
let core: Scenario;
let ran: Scenario;

beforeAll(async () => {
  database = await createTestDatabase();
  core = await createScenario('AMF');
  ran = await createScenario('gNB');
}, 120_000);
afterAll(async () => {
  await database.drop();
});

const statusOf = (p: Promise<unknown>) => p.then(() => 200, (e) => (e instanceof ServiceError ? e.status : Promise.reject(e)));
const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** Every page of the queue for `query`, following nextCursor. */
async function allPages(actor: Actor, query: Record<string, unknown>) {
  const items: ReviewQueueItemDto[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const page = await listReviewQueue(actor, { ...query, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

/** The real path into review: accepted, every result recorded, the report attached, the evaluation submitted. */
async function evaluatedThroughWorkflow(s: Scenario) {
  const row = await submissionInState(s, 'submitted');
  await performSubmissionAction(s.lab, row.id, 'accept', COI);
  await recordResults(s.lab, row.id, { results: s.testCaseIds.map((t) => ({ testCaseId: t.id, result: 'pass' })) });
  await addEvidenceRow(row.id, s.lab, 'evaluation_report');
  await performSubmissionAction(s.lab, row.id, 'submit_evaluation', {});
  return row;
}

describe('who may read the review queue', () => {
  it('refuses vendors, labs and operators with 403 and answers regulators', async () => {
    for (const actor of [core.vendor, core.lab, core.operator]) {
      expect(await statusOf(listReviewQueue(actor, {}))).toBe(403);
      expect(await statusOf(getReviewQueueFilterOptions(actor))).toBe(403);
    }
    expect(await statusOf(listReviewQueue(core.regulator, {}))).toBe(200);
  });

  it('serves GET /api/v1/review-queue: 401 signed out, 403 problem for a lab, 400 for a bad query, 200 for a regulator', async () => {
    const { GET } = await import('@/app/api/v1/review-queue/route');
    const call = (actor: Actor | null, query = '') => {
      auth.actor = actor;
      return GET(new Request(`http://localhost/api/v1/review-queue${query}`), { params: Promise.resolve({}) });
    };
    expect((await call(null)).status).toBe(401);
    const refused = await call(core.lab);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((await call(core.regulator, '?sort=price')).status).toBe(400);
    expect((await call(core.regulator, '?limit=201')).status).toBe(400);
    expect((await call(core.regulator, '?cursor=abc&offset=2')).status).toBe(400);
    expect((await call(core.regulator, '?unknown=1')).status).toBe(400);
    await submissionInState(core, 'under_review');
    const ok = await call(core.regulator, `?vendor=${core.vendor.orgId}&limit=5`);
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body).toMatchObject({ items: [expect.objectContaining({ segment: 'core' })], nextCursor: null, total: 1 });
    // The documented response schema (OpenAPI) describes what the handler really sends.
    expect(reviewQueueResponseSchema.safeParse(body).error).toBeUndefined();
  });

  it('logs nothing', async () => {
    const before = await countLogEntries(database.db);
    await listReviewQueue(core.regulator, {});
    await getReviewQueueFilterOptions(core.regulator);
    expect(await countLogEntries(database.db)).toBe(before);
  });
});

describe('what is listed', () => {
  it('lists only submissions in under_review, with product, vendor, lab and function', async () => {
    const rows = new Map<SubmissionState, string>();
    for (const state of ALL_STATES) rows.set(state, (await submissionInState(core, state)).id);
    const queue = await allPages(core.regulator, { vendor: core.vendor.orgId });
    expect(ids(queue)).toContain(rows.get('under_review'));
    for (const state of ALL_STATES.filter((s) => s !== 'under_review')) expect(ids(queue)).not.toContain(rows.get(state));
    const item = queue.find((i) => i.id === rows.get('under_review'))!;
    expect(item).toMatchObject({
      product: { id: core.product.id, name: core.product.name },
      productVersion: { id: core.version.id, version: '1.0.0' },
      vendor: { id: core.vendor.orgId, name: core.vendor.orgName },
      lab: { id: core.lab.orgId, name: core.lab.orgName },
      networkFunction: 'AMF',
      segment: 'core',
      isVirtualized: false,
      reviewRound: 1,
    });
  });

  it('filters by segment, network function, vendor and lab, and offers only what is in the queue', async () => {
    const amf = await submissionInState(core, 'under_review');
    const gnb = await submissionInState(ran, 'under_review');
    const inQueue = async (query: Record<string, unknown>) => ids(await allPages(core.regulator, query));

    const coreOnly = await inQueue({ segment: 'core' });
    expect(coreOnly).toContain(amf.id);
    expect(coreOnly).not.toContain(gnb.id);
    const ranOnly = await inQueue({ segment: 'ran' });
    expect(ranOnly).toContain(gnb.id);
    expect(ranOnly).not.toContain(amf.id);

    expect(await inQueue({ networkFunction: 'gNB' })).toEqual(expect.arrayContaining([gnb.id]));
    expect(await inQueue({ networkFunction: 'gNB' })).not.toContain(amf.id);
    expect(await inQueue({ networkFunction: 'UPF' })).toEqual([]);

    const byVendor = await inQueue({ vendor: ran.vendor.orgId });
    expect(byVendor).toContain(gnb.id);
    expect(byVendor).not.toContain(amf.id);
    const byLab = await inQueue({ lab: core.lab.orgId });
    expect(byLab).toContain(amf.id);
    expect(byLab).not.toContain(gnb.id);
    expect(await inQueue({ lab: core.otherLab.orgId })).toEqual([]);
    expect(await inQueue({ segment: 'core', vendor: ran.vendor.orgId })).toEqual([]);

    const options = await getReviewQueueFilterOptions(core.regulator);
    expect(options.segments).toEqual(['ran', 'core']);
    expect(options.networkFunctions).toEqual(['AMF', 'gNB']);
    expect(options.vendors.map((v) => v.id).sort()).toEqual([core.vendor.orgId, ran.vendor.orgId].sort());
    expect(options.labs.map((l) => l.id)).not.toContain(core.otherLab.orgId);
  });

  it('counts the approvals of the current round by distinct regulators, and whether the caller gave one', async () => {
    const amf = await submissionInState(core, 'under_review');
    const gnb = await submissionInState(ran, 'under_review');
    const find = async (actor: Actor, id: string) => (await allPages(actor, {})).find((i) => i.id === id)!;

    expect((await find(core.regulator, amf.id)).approvals).toEqual({ given: 0, required: 2, byCaller: false });
    expect((await find(core.regulator, gnb.id)).approvals).toEqual({ given: 0, required: 1, byCaller: false });

    // An approval from an earlier round does not count towards this one.
    await database.db.insert(decisions).values({
      submissionId: amf.id,
      reviewRound: 0,
      kind: 'approve',
      regulatorUserId: core.regulator2.userId,
      regulatorOrgId: core.regulator2.orgId,
    });
    expect((await find(core.regulator2, amf.id)).approvals).toEqual({ given: 0, required: 2, byCaller: false });

    await performSubmissionAction(core.regulator, amf.id, 'approve', {});
    expect((await find(core.regulator, amf.id)).approvals).toEqual({ given: 1, required: 2, byCaller: true });
    expect((await find(core.regulator2, amf.id)).approvals).toEqual({ given: 1, required: 2, byCaller: false });

    await performSubmissionAction(core.regulator2, amf.id, 'approve', {});
    expect(ids(await allPages(core.regulator, {}))).not.toContain(amf.id);
  });
});

describe('age, sorting and pagination', () => {
  it('ages an item from when its evaluation was submitted; a first approval does not make it younger', async () => {
    const row = await evaluatedThroughWorkflow(core);
    const before = (await allPages(core.regulator, {})).find((i) => i.id === row.id)!;
    expect(Date.parse(before.waitingSince)).toBeLessThanOrEqual(Date.parse(before.updatedAt));
    await new Promise((r) => setTimeout(r, 20));
    await performSubmissionAction(core.regulator, row.id, 'approve', {});
    const after = (await allPages(core.regulator, {})).find((i) => i.id === row.id)!;
    expect(after.waitingSince).toBe(before.waitingSince);
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
  });

  it('sorts oldest first by default and pages through every item once, by cursor and by offset', async () => {
    for (let i = 0; i < 5; i++) await submissionInState(ran, 'under_review');
    const everything = await allPages(core.regulator, { limit: 200 });
    const paged = await allPages(core.regulator, { limit: 2 });
    expect(ids(paged)).toEqual(ids(everything));
    expect(new Set(ids(paged)).size).toBe(paged.length);
    const ages = everything.map((i) => Date.parse(i.waitingSince));
    expect(ages).toEqual([...ages].sort((a, b) => a - b));

    const first = await listReviewQueue(core.regulator, { limit: 3 });
    expect(first.total).toBe(everything.length);
    const second = await listReviewQueue(core.regulator, { limit: 3, offset: 3 });
    expect(ids(second.items)).toEqual(ids(everything).slice(3, 6));

    const newest = await allPages(core.regulator, { dir: 'desc', limit: 3 });
    expect(ids(newest)).toEqual(ids(everything).reverse());
  });

  it('sorts by vendor, function, segment and lab in both directions, with stable cursors', async () => {
    const key: Record<string, (i: ReviewQueueItemDto) => string> = {
      vendor: (i) => i.vendor.name,
      function: (i) => i.networkFunction,
      segment: (i) => String(['ran', 'transport', 'core'].indexOf(i.segment)),
      lab: (i) => i.lab?.name ?? '',
    };
    for (const sort of Object.keys(key)) {
      for (const dir of ['asc', 'desc'] as const) {
        const paged = await allPages(core.regulator, { sort, dir, limit: 2 });
        const whole = await allPages(core.regulator, { sort, dir, limit: 200 });
        expect(ids(paged)).toEqual(ids(whole));
        const values = whole.map(key[sort]);
        const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(values).toEqual(dir === 'asc' ? sorted : sorted.reverse());
      }
    }
  });

  it('refuses a cursor from another sort order', async () => {
    const page = await listReviewQueue(core.regulator, { sort: 'vendor', limit: 1 });
    expect(page.nextCursor).not.toBeNull();
    expect(await statusOf(listReviewQueue(core.regulator, { sort: 'lab', limit: 1, cursor: page.nextCursor }))).toBe(400);
    expect(await statusOf(listReviewQueue(core.regulator, { cursor: 'not-a-cursor' }))).toBe(400);
  });
});

// The lab's side of the same picture: its work queue (lib/submissions/read-assignments.ts).
describe('lab assignments', () => {
  it('refuses everyone but labs', async () => {
    for (const actor of [ran.vendor, ran.regulator, ran.operator]) expect(await statusOf(listAssignments(actor, {}))).toBe(403);
  });

  it("lists the lab's visible submissions by tab with counts: never drafts, never another lab's", async () => {
    const s = await createScenario('UPF');
    const rows = new Map<SubmissionState, string>();
    for (const state of ALL_STATES) rows.set(state, (await submissionInState(s, state)).id);
    const all = await listAssignments(s.lab, { limit: 200 });
    expect(ids(all.items).sort()).toEqual(ALL_STATES.filter((st) => st !== 'draft').map((st) => rows.get(st)!).sort());
    expect(all.counts).toEqual({ submitted: 1, in_evaluation: 1, under_review: 1, changes_requested: 1, closed: 3, all: 7 });
    expect(ids((await listAssignments(s.lab, { state: 'submitted' })).items)).toEqual([rows.get('submitted')]);
    expect(ids((await listAssignments(s.lab, { state: 'closed' })).items).sort()).toEqual(
      [rows.get('approved'), rows.get('rejected'), rows.get('withdrawn')].sort(),
    );
    expect((await listAssignments(s.otherLab, {})).items).toEqual([]);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAssignments(s.lab, { limit: 2, ...(cursor ? { cursor } : {}) });
      paged.push(...ids(page.items));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(ids(all.items));
  });
});
