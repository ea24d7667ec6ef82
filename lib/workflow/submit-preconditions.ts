import type { UnmetRequirement } from './unmet-requirement';

/**
 * What is missing before a vendor may `submit` a draft: at least one
 * evidence file and a chosen lab. Empty when the draft may be submitted.
 */
export function submitPreconditions(params: {
  evidenceCount: number;
  labOrgId: string | null | undefined;
}): UnmetRequirement[] {
  const unmet: UnmetRequirement[] = [];
  if (!(params.evidenceCount >= 1)) {
    unmet.push({ code: 'evidence_missing', message: 'Upload at least one evidence file' });
  }
  if (!params.labOrgId?.trim()) {
    unmet.push({ code: 'lab_missing', message: 'Choose a test lab' });
  }
  return unmet;
}
