import { describe, expect, it } from 'vitest';
import { actionBlocks } from '@/lib/submissions/action-availability';
import type { SubmissionResultsDto } from '@/lib/results/results-dto';
import type { DecisionDto, SubmissionDetailDto } from '@/lib/submissions/submission-dto';

const vendor = { userId: 'vendor-user', orgId: 'vendor-org' };
const lab = { userId: 'lab-user', orgId: 'lab-org' };
const regulator = { userId: 'reg-1', orgId: 'reg-org' };

function submission(over: Partial<SubmissionDetailDto>): SubmissionDetailDto {
  return {
    id: 's',
    state: 'draft',
    version: 1,
    scheme: 'NESAS/SCAS',
    product: { id: 'p', name: 'P', model: null, networkFunction: 'AMF', segment: 'core', isVirtualized: false },
    productVersion: { id: 'v', version: '1' },
    vendor: { id: 'vendor-org', name: 'V' },
    lab: { id: 'lab-org', name: 'L' },
    reviewRound: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    submittedAt: null,
    conflictOfInterest: null,
    evidence: [],
    evaluation: { counts: {}, recorded: 0 },
    decisions: [],
    certificate: null,
    availableActions: [],
    ...over,
  };
}

const evidence = (kind: string, uploaderOrgId: string, createdAt = '2026-01-02T00:00:00.000Z') =>
  ({ id: kind, kind, uploaderOrgId, createdAt }) as unknown as SubmissionDetailDto['evidence'][number];
const decision = (kind: string, regulatorUserId: string, createdAt = '2026-01-03T00:00:00.000Z'): DecisionDto => ({
  id: `${kind}-${regulatorUserId}`,
  kind,
  reason: 'r',
  conditions: [],
  regulatorUserId,
  regulatorName: null,
  reviewRound: 1,
  createdAt,
  logIndex: 1,
});
const results = (recorded: number, total: number) =>
  ({ items: Array.from({ length: total }, (_, i) => ({ testCaseId: `t${i}`, result: i < recorded ? 'pass' : null })) }) as unknown as SubmissionResultsDto;

describe('actionBlocks: the reason beside a disabled button comes from the server rule', () => {
  it('Submit with no evidence', () => {
    const s = submission({ availableActions: ['submit', 'withdraw'] });
    expect(actionBlocks(vendor, s, null)).toEqual({ submit: ['Upload at least one evidence file'] });
    expect(actionBlocks(vendor, { ...s, evidence: [evidence('sbom', 'vendor-org')] }, null)).toEqual({});
  });

  it('Submit while regulators require SBOM conformance and the newest SBOM fails a check (or none is checked)', () => {
    const s = submission({ availableActions: ['submit', 'withdraw'], evidence: [evidence('sbom', 'vendor-org')] });
    const failed = { failedChecks: [{ id: 'component-hash', requirement: 'SHA-512 per component', passed: false, detail: '3 of 4 components lack one' }] };
    expect(actionBlocks(vendor, s, null, failed).submit?.[0]).toContain('failed checks: component-hash (3 of 4 components lack one)');
    expect(actionBlocks(vendor, s, null, null).submit?.[0]).toContain('Upload an SBOM that meets BSI TR-03183-2 v2.1');
    expect(actionBlocks(vendor, s, null, { failedChecks: [] })).toEqual({});
    expect(actionBlocks(vendor, s, null, undefined)).toEqual({});
  });

  it('Submit evaluation without results or a report of the lab’s own', () => {
    const s = submission({ state: 'in_evaluation', availableActions: ['submit_evaluation'] });
    expect(actionBlocks(lab, s, results(1, 2)).submit_evaluation).toEqual(['Record a result for 1 more test case', 'Attach the evaluation report']);
    expect(actionBlocks(lab, { ...s, evidence: [evidence('evaluation_report', 'vendor-org')] }, results(2, 2)).submit_evaluation).toEqual(['Attach the evaluation report']);
    expect(actionBlocks(lab, { ...s, evidence: [evidence('evaluation_report', 'lab-org')] }, results(2, 2))).toEqual({});
  });

  it('Approve by the regulator who already approved in this round', () => {
    const s = submission({ state: 'under_review', availableActions: ['approve', 'reject', 'request_changes'], decisions: [decision('approve', 'reg-1')] });
    expect(actionBlocks(regulator, s, null).approve?.[0]).toContain('already approved');
    expect(actionBlocks({ userId: 'reg-2', orgId: 'reg-org' }, s, null)).toEqual({});
    expect(actionBlocks(regulator, { ...s, reviewRound: 2 }, null)).toEqual({});
  });

  it('Resubmit before evidence answers the change request', () => {
    const s = submission({
      state: 'changes_requested',
      availableActions: ['resubmit', 'withdraw'],
      decisions: [decision('request_changes', 'reg-1', '2026-01-03T00:00:00.000Z')],
      evidence: [evidence('sbom', 'vendor-org', '2026-01-02T00:00:00.000Z')],
    });
    expect(actionBlocks(vendor, s, null)).toEqual({ resubmit: ['Add evidence that answers the change request'] });
    expect(actionBlocks(vendor, { ...s, evidence: [...s.evidence, evidence('design_doc', 'vendor-org', '2026-01-04T00:00:00.000Z')] }, null)).toEqual({});
  });

  it('says nothing about actions not offered', () => {
    expect(actionBlocks(regulator, submission({ availableActions: [] }), null)).toEqual({});
  });
});
