import type { VulnerabilityStatus } from './statuses';

/** The analysis states of CycloneDX VEX (`vulnerabilities[].analysis.state`, CycloneDX 1.4 and later). */
export const VEX_ANALYSIS_STATES = [
  'resolved',
  'resolved_with_pedigree',
  'exploitable',
  'in_triage',
  'false_positive',
  'not_affected',
] as const;

/** A CycloneDX VEX analysis state. */
export type VexAnalysisState = (typeof VEX_ANALYSIS_STATES)[number];

const STATUS_OF_STATE = {
  exploitable: 'confirmed',
  in_triage: 'open',
  resolved: 'fixed',
  resolved_with_pedigree: 'fixed',
  not_affected: 'disputed',
  false_positive: 'disputed',
} as const satisfies Record<VexAnalysisState, VulnerabilityStatus>;

/**
 * The vulnerability status a VEX analysis state asserts: exploitable → confirmed, in_triage → open,
 * resolved / resolved_with_pedigree → fixed, not_affected / false_positive → disputed.
 * Null for a missing or unknown state (such an entry changes nothing).
 */
export function statusOfVexState(state: string | null | undefined): VulnerabilityStatus | null {
  if (!state || !Object.hasOwn(STATUS_OF_STATE, state)) return null;
  return STATUS_OF_STATE[state as VexAnalysisState];
}
