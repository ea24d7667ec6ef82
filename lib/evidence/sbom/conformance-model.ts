/**
 * An SBOM checked field by field against BSI TR-03183-2 v2.1 (the German CRA SBOM profile):
 * what it requires, whether this SBOM has it, and where it falls short. Stored with the evidence
 * row (`evidence.conformance`) and shown on the evidence page.
 */
export type ConformanceCheck = {
  /** Stable key (`format-version`, `sbom-creator`, `timestamp`, `component-hash`, …). */
  id: string;
  /** What the TR asks for, in words a reviewer reads. */
  requirement: string;
  passed: boolean;
  /** Why it failed (how many components lack it, which version was found…). */
  detail: string | null;
};

export type SbomConformanceReport = {
  standard: 'BSI TR-03183-2 v2.1';
  conforms: boolean;
  checks: ConformanceCheck[];
};
