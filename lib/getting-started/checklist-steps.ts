import type { OrgKind } from '@/lib/authz/actor';

/** One step of the first-visit checklist: what to do, where, and whether the organisation has done it. */
export type ChecklistStep = { id: string; label: string; hint: string; href: string; isDone: boolean };

type Progress = {
  vendor: { hasProduct: boolean; hasVersion: boolean; hasSbom: boolean; hasSubmitted: boolean };
  lab: { isAccredited: boolean; hasAccepted: boolean; hasResults: boolean; hasSubmittedEvaluation: boolean };
  regulator: { hasColleague: boolean; hasAccreditedLab: boolean; hasDecided: boolean };
  operator: { hasDecided: boolean; hasDeployments: boolean; isFollowing: boolean };
};

/** The steps per role, in the order the work happens, each checked from what the database holds (pure). */
export function checklistSteps<K extends OrgKind>(kind: K, progress: Progress[K]): ChecklistStep[] {
  switch (kind) {
    case 'vendor': {
      const p = progress as Progress['vendor'];
      return [
        { id: 'product', label: 'Register a product', hint: 'Name, model and network function.', href: '/products/new', isDone: p.hasProduct },
        { id: 'version', label: 'Add the version to evaluate', hint: 'On the product page.', href: '/products', isDone: p.hasVersion },
        { id: 'sbom', label: 'Upload an SBOM', hint: 'CycloneDX or SPDX JSON, on the draft submission.', href: '/submissions', isDone: p.hasSbom },
        { id: 'submit', label: 'Submit it to an accredited lab', hint: 'Choose the lab and submit the draft.', href: '/submissions', isDone: p.hasSubmitted },
      ];
    }
    case 'lab': {
      const p = progress as Progress['lab'];
      return [
        { id: 'accreditation', label: 'Have a valid accreditation', hint: 'A regulator records it; check its scope on your organisation page.', href: '/organization', isDone: p.isAccredited },
        { id: 'accept', label: 'Accept an assignment', hint: 'Declare any conflict of interest first.', href: '/assignments', isDone: p.hasAccepted },
        { id: 'results', label: 'Record test-case results', hint: 'One result per applicable SCAS test case.', href: '/assignments', isDone: p.hasResults },
        { id: 'evaluation', label: 'Submit an evaluation', hint: 'With the evaluation report attached.', href: '/assignments', isDone: p.hasSubmittedEvaluation },
      ];
    }
    case 'regulator': {
      const p = progress as Progress['regulator'];
      return [
        { id: 'colleague', label: 'Add a colleague', hint: 'Core products need two regulators to approve.', href: '/organization', isDone: p.hasColleague },
        { id: 'accredit', label: 'Accredit a test lab', hint: 'Labs can only take work inside a valid accreditation.', href: '/admin', isDone: p.hasAccreditedLab },
        { id: 'decide', label: 'Decide on an evaluated submission', hint: 'Approve, reject or request changes from the review queue.', href: '/review', isDone: p.hasDecided },
      ];
    }
    case 'operator': {
      const p = progress as Progress['operator'];
      return [
        { id: 'decide', label: 'Accept or reject a certified component', hint: 'Read its results and SBOM first.', href: '/components', isDone: p.hasDecided },
        { id: 'deployments', label: 'Enter your deployments', hint: 'Units per product version; shows your vendor concentration.', href: '/deployments', isDone: p.hasDeployments },
        { id: 'follow', label: 'Follow the network functions you buy', hint: 'Hear of new, suspended and revoked certificates.', href: '/settings#follows', isDone: p.isFollowing },
      ];
    }
  }
  return [];
}
