import type { UnmetRequirement } from './unmet-requirement';

/**
 * Whether the submission's SBOM meets BSI TR-03183-2, asked only while regulators require it: the
 * checks the newest SBOM failed (empty when it conforms), or null when there is no SBOM (or only one
 * stored before conformance was checked).
 */
export type SbomConformanceState = { failedChecks: readonly { id: string; detail: string | null }[] } | null;

/**
 * What is missing before a vendor may `submit` a draft: at least one
 * evidence file and a chosen lab, and, when the regulators' setting requires it
 * (`sbomConformance` given), an SBOM that meets BSI TR-03183-2 v2.1. Empty when the draft may be submitted.
 */
export function submitPreconditions(params: {
  evidenceCount: number;
  labOrgId: string | null | undefined;
  sbomConformance?: SbomConformanceState;
}): UnmetRequirement[] {
  const unmet: UnmetRequirement[] = [];
  if (!(params.evidenceCount >= 1)) {
    unmet.push({ code: 'evidence_missing', message: 'Upload at least one evidence file' });
  }
  if (!params.labOrgId?.trim()) {
    unmet.push({ code: 'lab_missing', message: 'Choose a test lab' });
  }
  if (params.sbomConformance !== undefined) {
    const state = params.sbomConformance;
    if (state === null) {
      unmet.push({ code: 'sbom_not_conformant', message: 'Upload an SBOM that meets BSI TR-03183-2 v2.1 (regulators require it to submit)' });
    } else if (state.failedChecks.length > 0) {
      const failed = state.failedChecks.map((c) => (c.detail ? `${c.id} (${c.detail})` : c.id)).join(', ');
      unmet.push({ code: 'sbom_not_conformant', message: `The SBOM does not meet BSI TR-03183-2 v2.1, which regulators require to submit; failed checks: ${failed}` });
    }
  }
  return unmet;
}
