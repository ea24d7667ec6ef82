/*
 * PRODUCT.md "Who sees what", row "test-case results": whoever sees the submission (own vendor,
 * assigned lab, regulators once submitted; operators once certified, which is exactly when they see
 * the submission). A result's evidence link follows the evidence rule: an operator gets the id of a
 * released (`certified`) file only.
 */
import { isSubmissionVisible, type SubmissionFacts } from './submissions';
import type { Viewer } from './viewer';

/** Whether the viewer may read a submission's test-case results. */
export function areResultsVisible(viewer: Viewer, submission: SubmissionFacts): boolean {
  return isSubmissionVisible(viewer, submission);
}

/**
 * The evidence id to show with a result: the recorded one when the viewer sees that file
 * (`visibleEvidenceIds`: the submission's evidence the viewer may read), else null.
 */
export function resultEvidenceIdFor(evidenceId: string | null | undefined, visibleEvidenceIds: ReadonlySet<string> | null): string | null {
  if (!evidenceId) return null;
  return !visibleEvidenceIds || visibleEvidenceIds.has(evidenceId) ? evidenceId : null;
}
