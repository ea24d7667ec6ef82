import { describe, expect, it } from 'vitest';
import { submitPreconditions } from '@/lib/workflow/submit-preconditions';

const codes = (params: Parameters<typeof submitPreconditions>[0]) => submitPreconditions(params).map((u) => u.code);

describe('submitPreconditions', () => {
  it('is met with one evidence file and a lab', () => {
    expect(submitPreconditions({ evidenceCount: 1, labOrgId: 'lab-1' })).toEqual([]);
  });

  it('needs at least one evidence file', () => {
    expect(codes({ evidenceCount: 0, labOrgId: 'lab-1' })).toEqual(['evidence_missing']);
    expect(codes({ evidenceCount: Number.NaN, labOrgId: 'lab-1' })).toEqual(['evidence_missing']);
  });

  it('needs a chosen lab', () => {
    expect(codes({ evidenceCount: 3, labOrgId: null })).toEqual(['lab_missing']);
    expect(codes({ evidenceCount: 3, labOrgId: undefined })).toEqual(['lab_missing']);
    expect(codes({ evidenceCount: 3, labOrgId: '  ' })).toEqual(['lab_missing']);
  });

  it('lists every unmet requirement with a message', () => {
    const unmet = submitPreconditions({ evidenceCount: 0, labOrgId: '' });
    expect(unmet.map((u) => u.code)).toEqual(['evidence_missing', 'lab_missing']);
    for (const u of unmet) expect(u.message).not.toBe('');
  });

  it('asks for a conformant SBOM only while the setting requires it, naming the failed checks', () => {
    const ok = { evidenceCount: 1, labOrgId: 'lab-1' };
    expect(codes(ok)).toEqual([]);
    expect(codes({ ...ok, sbomConformance: { failedChecks: [] } })).toEqual([]);
    expect(codes({ ...ok, sbomConformance: null })).toEqual(['sbom_not_conformant']);
    const [unmet] = submitPreconditions({ ...ok, sbomConformance: { failedChecks: [{ id: 'component-hash', detail: '3 of 4 components lack a SHA-512 hash' }] } });
    expect(unmet.message).toContain('component-hash (3 of 4 components lack a SHA-512 hash)');
  });
});
