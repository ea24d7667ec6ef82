import 'server-only';
import { listEvidenceOfSubmission } from '@/db/queries/evidence';
import { submitPreconditions } from '@/lib/workflow/submit-preconditions';
import { sbomConformanceForSubmit } from '../sbom-conformance-for-submit';
import { unmetRefusal } from '../submission-rules';
import { moveSubmission, submissionSubject, workflowCommand } from './workflow-command';

/**
 * The vendor sends a draft to its chosen lab (draft → submitted). Needs at least one evidence file
 * and a lab, and, while regulators require SBOM conformance (portal setting), an SBOM whose newest
 * upload meets BSI TR-03183-2 v2.1 (409 listing what is missing, naming the failed checks). Logs `submission.submitted` with the lab; the lab is
 * told of a new assignment.
 */
export const submitCommand = workflowCommand('submit', async (ctx) => {
  const { tx, target, next, now } = ctx;
  const evidence = await listEvidenceOfSubmission(tx, target.id);
  const sbomConformance = await sbomConformanceForSubmit(tx, target.id);
  const unmet = unmetRefusal(submitPreconditions({ evidenceCount: evidence.length, labOrgId: target.labOrgId, sbomConformance }), target.state);
  if (unmet) throw unmet;
  const updated = await moveSubmission(ctx, next, { submittedAt: now });
  return {
    result: updated,
    entries: [{ type: 'submission.submitted', subject: submissionSubject(target), data: { from: target.state, to: next, labOrgId: target.labOrgId } }],
  };
});
