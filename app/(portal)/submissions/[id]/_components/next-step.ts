import type { OrgKind } from '@/lib/authz/actor';
import type { SubmissionDetailDto } from '@/lib/submissions/submission-dto';
import type { SubmissionState } from '@/lib/workflow/submission-states';

type Context = { lab: string; vendor: string; networkFunction: string; isCore: boolean; approvals: { given: number; required: number } };

const FINAL: Partial<Record<SubmissionState, string>> = {
  approved: 'Certified. The certificate is listed in the public registry; operators can now see the evidence marked “also operators, once certified” and the test results.',
  rejected: 'Rejected; the regulator’s reason is under Decisions. Nothing more happens to this submission.',
  withdrawn: 'Withdrawn by the vendor; nothing more happens to this submission.',
};

const BY_ROLE: Record<OrgKind, Partial<Record<SubmissionState, (c: Context) => string>>> = {
  vendor: {
    draft: (c) => `Add your evidence — at least one file, such as the SBOM — then submit. ${c.lab} sees the submission only once you submit it.`,
    submitted: (c) => `${c.lab} now decides whether to accept the assignment. If it declines, the submission returns to draft and you can choose another lab.`,
    in_evaluation: (c) => `${c.lab} is evaluating the product against the applicable SCAS test cases. A regulator reviews the evaluation once the lab submits it.`,
    under_review: (c) => `Regulators are reviewing the evaluation${c.isCore ? ` (core product: ${c.approvals.given} of ${c.approvals.required} approvals given)` : ''}. They approve, reject or request changes.`,
    changes_requested: () => 'A regulator requested changes (see Decisions). Upload evidence that answers the request, then resubmit; the lab evaluates again.',
  },
  lab: {
    submitted: (c) => `Accept if your accreditation covers ${c.networkFunction} and you are independent of ${c.vendor} — you must declare that you have no conflict of interest. Otherwise decline with a reason; the vendor can then choose another lab.`,
    in_evaluation: () => 'Record a result for every applicable test case in the results grid, upload your evaluation report, then submit the evaluation.',
    under_review: () => 'Your evaluation is with the regulators for a decision.',
    changes_requested: (c) => `A regulator requested changes from ${c.vendor}. When they resubmit, the evaluation comes back to you.`,
  },
  regulator: {
    submitted: (c) => `Waiting for ${c.lab} to accept or decline the assignment.`,
    in_evaluation: (c) => `${c.lab} is evaluating. The submission comes to the review queue when the lab submits its evaluation.`,
    under_review: (c) =>
      c.isCore
        ? `Review the results and evidence, then decide. Core product: approval needs two different regulators (${c.approvals.given} of ${c.approvals.required} given); the second approval issues the certificate.`
        : 'Review the results and evidence, then approve (issues the certificate), reject or request changes.',
    changes_requested: (c) => `Waiting for ${c.vendor} to answer the change request and resubmit.`,
  },
  operator: {},
};

/** One or two sentences on what happens next, for the caller's role and the submission's state. */
export function nextStepFor(orgKind: OrgKind, dto: SubmissionDetailDto, approvals: Context['approvals']): string {
  const context: Context = {
    lab: dto.lab?.name ?? 'The lab',
    vendor: dto.vendor.name,
    networkFunction: dto.product.networkFunction,
    isCore: dto.product.segment === 'core',
    approvals,
  };
  return BY_ROLE[orgKind][dto.state]?.(context) ?? FINAL[dto.state] ?? 'Nothing is waiting on you for this submission.';
}
