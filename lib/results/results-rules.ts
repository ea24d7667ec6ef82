import type { SubmissionRow } from '@/db/queries/submissions';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import type { StateRefusal } from '@/lib/kernel/command';
import { isCatalogueTestCaseId, type TestCaseDto } from '@/lib/catalogue/read-catalogue';
import { quotedStateLabels } from '@/lib/workflow/submission-state-display';
import { missingNoteProblem } from './note-rule';
import type { TestResult } from './test-results';

/** The 403 reason unless `actor` is the lab assigned to the submission. */
export function resultsRecordDenial(actor: Actor, row: Pick<SubmissionRow, 'labOrgId'>): string | null {
  if (can(actor, 'results.record') && row.labOrgId === actor.orgId) return null;
  return 'Only the lab assigned to this submission records its results.';
}

/** Results are recorded only while the submission is in evaluation (409 naming its state otherwise). */
export function resultsStateRefusal(row: Pick<SubmissionRow, 'state'>): StateRefusal | null {
  if (row.state === 'in_evaluation') return null;
  return { message: `Results can only be recorded in state “In evaluation”; the submission is ${quotedStateLabels([row.state])}.`, currentState: row.state };
}

type ResultItemProblem = { path: string; message: string };

/**
 * Every item's problems (a 422 lists them all, and nothing is stored): each test case must apply to
 * the product, each evidence id name evidence of this submission, and each not-applicable or
 * inconclusive result carry a note.
 */
export function resultItemProblems(params: {
  items: readonly { testCaseId: string; result: TestResult; notes?: string | null; evidenceId?: string | null }[];
  applicable: ReadonlyMap<string, TestCaseDto>;
  ownEvidence: ReadonlySet<string>;
  product: { networkFunction: string; isVirtualized: boolean };
}): ResultItemProblem[] {
  const { items, applicable, ownEvidence, product } = params;
  const productLabel = `${product.networkFunction}${product.isVirtualized ? ' (virtualized)' : ''}`;
  const problems: ResultItemProblem[] = [];
  items.forEach((item, i) => {
    if (!applicable.has(item.testCaseId)) {
      problems.push({
        path: `results.${i}.testCaseId`,
        message: isCatalogueTestCaseId(item.testCaseId)
          ? `Test case ${item.testCaseId} does not apply to this ${productLabel} product`
          : `${item.testCaseId} is not a test case of the SCAS catalogue`,
      });
    }
    const noteProblem = missingNoteProblem(item.result, item.notes);
    if (noteProblem) problems.push({ path: `results.${i}.notes`, message: `${item.testCaseId}: ${noteProblem}` });
    if (item.evidenceId && !ownEvidence.has(item.evidenceId)) {
      problems.push({ path: `results.${i}.evidenceId`, message: `${item.evidenceId} is not evidence of this submission` });
    }
  });
  return problems;
}
