import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createScenario, submissionInState, type Scenario } from '../helpers/workflow-fixtures';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { getSubmission } from '@/lib/submissions/read-submissions';
import { ServiceError } from '@/lib/errors';
import { countLogEntries } from '@/db/queries/log';
import type { Actor } from '@/lib/authz/actor';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import type { SubmissionDetailDto } from '@/lib/submissions/submission-dto';

// Written from PRODUCT.md independently of lib/workflow, so dropping a rule there fails here.
const LEGAL: Record<string, Record<string, 'vendor' | 'lab' | 'regulator'>> = {
  draft: { submit: 'vendor', withdraw: 'vendor' },
  submitted: { accept: 'lab', decline: 'lab', withdraw: 'vendor' },
  in_evaluation: { submit_evaluation: 'lab', withdraw: 'vendor' },
  under_review: { approve: 'regulator', reject: 'regulator', request_changes: 'regulator', withdraw: 'vendor' },
  changes_requested: { resubmit: 'vendor', withdraw: 'vendor' },
  approved: {},
  rejected: {},
  withdrawn: {},
};
const STATES = Object.keys(LEGAL) as SubmissionState[];
const ACTIONS = ['submit', 'withdraw', 'accept', 'decline', 'submit_evaluation', 'approve', 'reject', 'request_changes', 'resubmit'] as const;
const ROLES = ['ownerVendor', 'otherVendor', 'assignedLab', 'otherLab', 'regulator', 'operator'] as const;

const VISIBLE: Record<(typeof ROLES)[number], (state: string) => boolean> = {
  ownerVendor: () => true,
  otherVendor: () => false,
  assignedLab: (state) => state !== 'draft',
  otherLab: () => false,
  regulator: (state) => state !== 'draft',
  operator: (state) => state === 'approved',
};
const KIND: Record<(typeof ROLES)[number], string> = {
  ownerVendor: 'vendor',
  otherVendor: 'vendor',
  assignedLab: 'lab',
  otherLab: 'lab',
  regulator: 'regulator',
  operator: 'operator',
};

function expectedStatus(role: (typeof ROLES)[number], state: string, action: string): number {
  if (!VISIBLE[role](state)) return 404;
  if (KIND[role] === 'operator') return 403;
  const legalFor = LEGAL[state][action];
  if (!legalFor) return 409;
  return legalFor === KIND[role] ? 200 : 403;
}

const BODY: Record<string, unknown> = {
  accept: { conflictOfInterest: { hasConflict: false, statement: 'No financial or personal ties to the vendor.' } },
  decline: { reason: 'No capacity this quarter' },
  reject: { reason: 'Critical test cases failed' },
  request_changes: { reason: 'Please add the hardening guide' },
};

let database: TestDatabase;
let s: Scenario;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await createScenario('AMF');
}, 120_000);
afterAll(async () => {
  await database.drop();
});

function actorOf(role: (typeof ROLES)[number]): Actor {
  return { ownerVendor: s.vendor, otherVendor: s.otherVendor, assignedLab: s.lab, otherLab: s.otherLab, regulator: s.regulator, operator: s.operator }[role];
}

async function attempt(actor: Actor, id: string, action: (typeof ACTIONS)[number]) {
  try {
    await performSubmissionAction(actor, id, action, BODY[action] ?? {});
    return 200;
  } catch (error) {
    if (error instanceof ServiceError) return error.status;
    throw error;
  }
}

describe('the permission matrix: every role × action × state', () => {
  for (const state of STATES) {
    it(`in state ${state}`, async () => {
      const mismatches: string[] = [];
      for (const role of ROLES) {
        for (const action of ACTIONS) {
          const row = await submissionInState(s, state);
          const before = await countLogEntries(database.db);
          const status = await attempt(actorOf(role), row.id, action);
          const after = await countLogEntries(database.db);
          const expected = expectedStatus(role, state, action);
          if (status !== expected) mismatches.push(`${role} ${action} in ${state}: got ${status}, expected ${expected}`);
          if (status === 200 && after === before) mismatches.push(`${role} ${action} in ${state}: succeeded without a log entry`);
          if (status !== 200 && after !== before) mismatches.push(`${role} ${action} in ${state}: refused but logged`);
        }
      }
      expect(mismatches).toEqual([]);
    }, 120_000);
  }
});

describe('rules with preconditions', () => {
  const statusOf = (p: Promise<unknown>) => p.then(() => 200, (e) => (e instanceof ServiceError ? e.status : Promise.reject(e)));

  it('names the current state when refusing an illegal transition', async () => {
    const row = await submissionInState(s, 'draft');
    await expect(performSubmissionAction(s.vendor, row.id, 'resubmit', {})).rejects.toMatchObject({
      status: 409,
      extra: { currentState: 'draft' },
      message: expect.stringContaining('“Draft”'),
    });
  });

  it('needs a reason to reject, request changes and decline', async () => {
    const review = await submissionInState(s, 'under_review');
    expect(await statusOf(performSubmissionAction(s.regulator, review.id, 'reject', {}))).toBe(400);
    expect(await statusOf(performSubmissionAction(s.regulator, review.id, 'request_changes', {}))).toBe(400);
    const submitted = await submissionInState(s, 'submitted');
    expect(await statusOf(performSubmissionAction(s.lab, submitted.id, 'decline', {}))).toBe(400);
  });

  it('needs two different regulators to approve a core product; the second issues the certificate', async () => {
    const row = await submissionInState(s, 'under_review');
    const first = (await performSubmissionAction(s.regulator, row.id, 'approve', {})) as SubmissionDetailDto;
    expect(first.state).toBe('under_review');
    expect(first.certificate).toBeNull();
    expect(await statusOf(performSubmissionAction(s.regulator, row.id, 'approve', {}))).toBe(409);
    const second = (await performSubmissionAction(s.regulator2, row.id, 'approve', {})) as SubmissionDetailDto;
    expect(second.state).toBe('approved');
    expect(second.certificate?.status).toBe('valid');
    const months = (new Date(second.certificate!.expiresAt).getTime() - new Date(second.certificate!.issuedAt).getTime()) / (30.4 * 86_400_000);
    expect(Math.round(months)).toBe(24);
  });

  it('refuses to accept without a conflict-of-interest statement, or with a declared conflict', async () => {
    const row = await submissionInState(s, 'submitted');
    expect(await statusOf(performSubmissionAction(s.lab, row.id, 'accept', {}))).toBe(409);
    expect(await statusOf(performSubmissionAction(s.lab, row.id, 'accept', { conflictOfInterest: { hasConflict: true, statement: 'We consult for them' } }))).toBe(409);
    expect((await getSubmission(s.vendor, row.id)).state).toBe('submitted');
  });

  it('lets the operator see only certified submissions', async () => {
    const draft = await submissionInState(s, 'under_review');
    expect(await statusOf(getSubmission(s.operator, draft.id))).toBe(404);
    const approved = await submissionInState(s, 'approved');
    const seen = await getSubmission(s.operator, approved.id);
    expect(seen.decisions).toEqual([]);
    expect(seen.evidence.every((e) => e.visibility === 'certified')).toBe(true);
  });
});
