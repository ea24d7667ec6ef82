import { describe, expect, it } from 'vitest';
import { isSubmissionVisible, seesAssessmentRecord, type SubmissionFacts } from '@/lib/visibility/submissions';
import { isProductVersionVisible, isProductVisible } from '@/lib/visibility/product-versions';
import { evidenceVisibilitiesFor, isEvidenceVisible } from '@/lib/visibility/evidence';
import { areResultsVisible, resultEvidenceIdFor } from '@/lib/visibility/results';
import { isOperatorDataVisible, seesOperatorData } from '@/lib/visibility/operators';
import { seesCertificateReason } from '@/lib/visibility/certificates';
import { isEntryContentVisible } from '@/lib/visibility/log-entries';
import { maySeeVulnerabilitiesOf } from '@/lib/visibility/vulnerabilities';
import type { Viewer } from '@/lib/visibility/viewer';

const VENDOR = 'vendor-org';
const LAB = 'lab-org';
const OPERATOR = 'operator-org';
const viewers = {
  ownVendor: { orgId: VENDOR, orgKind: 'vendor' },
  otherVendor: { orgId: 'other-vendor', orgKind: 'vendor' },
  assignedLab: { orgId: LAB, orgKind: 'lab' },
  otherLab: { orgId: 'other-lab', orgKind: 'lab' },
  regulator: { orgId: 'regulator-org', orgKind: 'regulator' },
  operator: { orgId: OPERATOR, orgKind: 'operator' },
  otherOperator: { orgId: 'other-operator', orgKind: 'operator' },
  public: null,
} satisfies Record<string, Viewer>;
type Who = keyof typeof viewers;
const everyone = Object.keys(viewers) as Who[];

/** Asserts that exactly `visible` get true from `predicate`. */
function expectOnly(predicate: (viewer: Viewer) => boolean, visible: Who[]) {
  for (const who of everyone) expect(predicate(viewers[who]), who).toBe(visible.includes(who));
}

const submission = (over: Partial<SubmissionFacts> = {}): SubmissionFacts => ({
  vendorOrgId: VENDOR,
  labOrgId: LAB,
  state: 'in_evaluation',
  submittedAt: new Date(),
  isCertified: false,
  ...over,
});

describe('submissions', () => {
  it('a draft: its vendor only', () => {
    expectOnly((v) => isSubmissionVisible(v, submission({ state: 'draft', submittedAt: null })), ['ownVendor']);
  });
  it('declined back to draft (submitted once): still its vendor only', () => {
    expectOnly((v) => isSubmissionVisible(v, submission({ state: 'draft', submittedAt: new Date() })), ['ownVendor']);
  });
  it('submitted and later: its vendor, the assigned lab, regulators', () => {
    for (const state of ['submitted', 'in_evaluation', 'under_review', 'changes_requested', 'rejected', 'withdrawn']) {
      expectOnly((v) => isSubmissionVisible(v, submission({ state })), ['ownVendor', 'assignedLab', 'regulator']);
    }
  });
  it('certified: also every operator', () => {
    expectOnly((v) => isSubmissionVisible(v, submission({ state: 'approved', isCertified: true })), ['ownVendor', 'assignedLab', 'regulator', 'operator', 'otherOperator']);
  });
  it('the assessment record (decisions, declaration) is withheld from operators', () => {
    expectOnly(seesAssessmentRecord, ['ownVendor', 'otherVendor', 'assignedLab', 'otherLab', 'regulator']);
  });
});

describe('product versions', () => {
  const version = (hasSubmissionVisibleToViewer: (v: Viewer) => boolean, isCertified: boolean) => (v: Viewer) =>
    isProductVersionVisible(v, { vendorOrgId: VENDOR, hasSubmissionVisibleToViewer: hasSubmissionVisibleToViewer(v), isCertified });

  it('never submitted: its vendor only', () => {
    const draftOnly = (v: Viewer) => isSubmissionVisible(v, submission({ state: 'draft', submittedAt: null }));
    expectOnly(version(draftOnly, false), ['ownVendor']);
    expectOnly(version(() => false, false), ['ownVendor']);
  });
  it('submitted, not certified: its vendor, the assigned lab, regulators', () => {
    expectOnly(version((v) => isSubmissionVisible(v, submission()), false), ['ownVendor', 'assignedLab', 'regulator']);
  });
  it('with a certificate: everyone, the public included', () => {
    expectOnly(version((v) => isSubmissionVisible(v, submission({ state: 'approved', isCertified: true })), true), everyone);
  });
  it('a product: its vendor even without versions, anyone else through a version it sees', () => {
    expectOnly((v) => isProductVisible(v, { vendorOrgId: VENDOR, versions: [] }), ['ownVendor']);
    const certified = { vendorOrgId: VENDOR, hasSubmissionVisibleToViewer: false, isCertified: true };
    expectOnly((v) => isProductVisible(v, { vendorOrgId: VENDOR, versions: [certified] }), everyone);
  });
});

describe('evidence', () => {
  it('assessment (of a submission the viewer sees): everyone but operators', () => {
    expectOnly((v) => isEvidenceVisible(v, { visibility: 'assessment' }, true), ['ownVendor', 'otherVendor', 'assignedLab', 'otherLab', 'regulator', 'public']);
  });
  it('certified (of a submission the viewer sees): operators too', () => {
    expectOnly((v) => isEvidenceVisible(v, { visibility: 'certified' }, true), everyone);
  });
  it('nothing of a submission the viewer does not see', () => {
    expectOnly((v) => isEvidenceVisible(v, { visibility: 'certified' }, false), []);
  });
  it('the listing filter: operators certified files only', () => {
    expect(evidenceVisibilitiesFor(viewers.operator)).toEqual(['certified']);
    expect(evidenceVisibilitiesFor(viewers.regulator)).toBeUndefined();
    expect(evidenceVisibilitiesFor(viewers.ownVendor)).toBeUndefined();
  });
});

describe('results', () => {
  it('as the submission: operators once certified', () => {
    expectOnly((v) => areResultsVisible(v, submission()), ['ownVendor', 'assignedLab', 'regulator']);
    expectOnly((v) => areResultsVisible(v, submission({ state: 'approved', isCertified: true })), ['ownVendor', 'assignedLab', 'regulator', 'operator', 'otherOperator']);
  });
  it("a result's evidence link only to a file the viewer sees", () => {
    expect(resultEvidenceIdFor('e1', new Set(['e1']))).toBe('e1');
    expect(resultEvidenceIdFor('e2', new Set(['e1']))).toBeNull();
    expect(resultEvidenceIdFor('e2', null)).toBe('e2');
    expect(resultEvidenceIdFor(null, null)).toBeNull();
  });
});

describe('vulnerabilities (follow the product version they name)', () => {
  const on = (hasSubmissionVisibleToViewer: (v: Viewer) => boolean, isCertified: boolean) => (v: Viewer) =>
    maySeeVulnerabilitiesOf(v, { vendorOrgId: VENDOR, hasSubmissionVisibleToViewer: hasSubmissionVisibleToViewer(v), isCertified });
  it('on a never-submitted version: its vendor and regulators', () => {
    expectOnly(on(() => false, false), ['ownVendor', 'regulator']);
  });
  it('on a submitted, uncertified version: its vendor, the assigned lab, regulators', () => {
    expectOnly(on((v) => isSubmissionVisible(v, submission()), false), ['ownVendor', 'assignedLab', 'regulator']);
  });
  it('on a certified version: everyone signed in but other vendors', () => {
    expectOnly(on((v) => isSubmissionVisible(v, submission({ state: 'approved', isCertified: true })), true), [
      'ownVendor',
      'assignedLab',
      'otherLab',
      'regulator',
      'operator',
      'otherOperator',
    ]);
  });
});

describe('operator decisions and deployments', () => {
  it("an operator's: that operator and regulators", () => {
    expectOnly((v) => isOperatorDataVisible(v, OPERATOR), ['operator', 'regulator']);
  });
  it('someone sees some: operators and regulators', () => {
    expectOnly(seesOperatorData, ['operator', 'otherOperator', 'regulator']);
  });
});

describe('certificates', () => {
  it("the reason of a suspension: regulators and the certificate's vendor", () => {
    expectOnly((v) => seesCertificateReason(v, { vendorOrgId: VENDOR }), ['ownVendor', 'regulator']);
  });
});

describe('log entry contents', () => {
  it('public types to everyone, others only with a granted subject', () => {
    const subject = { kind: 'submission', id: 's1' };
    expect(isEntryContentVisible('certificate.issued', subject, new Set())).toBe(true);
    expect(isEntryContentVisible('org.created', { kind: 'organization', id: 'o' }, new Set())).toBe(true);
    expect(isEntryContentVisible('evidence.added', subject, new Set())).toBe(false);
    expect(isEntryContentVisible('evidence.added', subject, new Set(['submission:s1']))).toBe(true);
    expect(isEntryContentVisible('evidence.added', subject, new Set(['submission:s2']))).toBe(false);
  });
});
