import 'server-only';
import type { Executor } from '@/db/client';
import { listEvidenceOfSubmission } from '@/db/queries/evidence';
import { getDb } from '@/lib/db';
import { readPortalSettings } from '@/lib/portal-settings/read-portal-settings';
import type { SbomConformanceState } from '@/lib/workflow/submit-preconditions';

/**
 * What `submitPreconditions` needs to judge SBOM conformance for a submission: undefined while
 * regulators do not require it (portal setting); else the newest SBOM's failed checks, or null
 * without a checked SBOM. The submit command and the page's disabled Submit button both ask this.
 */
export async function sbomConformanceForSubmit(db: Executor, submissionId: string): Promise<SbomConformanceState | undefined> {
  const { sbomConformanceRequired } = await readPortalSettings(db);
  if (!sbomConformanceRequired) return undefined;
  const newest = (await listEvidenceOfSubmission(db, submissionId)).filter((e) => e.kind === 'sbom').at(-1);
  if (!newest?.conformance) return null;
  return { failedChecks: newest.conformance.checks.filter((c) => !c.passed) };
}

/** {@link sbomConformanceForSubmit} for a page that has already loaded `submission` for its caller (so it is visible). */
export async function getSbomConformanceForSubmit(submission: { id: string }): Promise<SbomConformanceState | undefined> {
  return sbomConformanceForSubmit(await getDb(), submission.id);
}
