import type { ResultsSummary } from '@/lib/results/results-dto';

/** One failed or inconclusive test case, as the regulator reads it before deciding. */
export type OpenResultDto = { testCaseId: string; spec: string; clause: string; title: string; result: 'fail' | 'inconclusive'; notes: string | null };

/** Another decision of the current review round (the four-eyes partner's, for a core product). */
export type RoundDecisionDto = { id: string; kind: string; regulatorUserId: string; reason: string | null; conditions: string[]; createdAt: string };

/** Everything a regulator should see before approving, in one place. */
export type DecisionPanelDto = {
  summary: ResultsSummary;
  openResults: OpenResultDto[];
  verdict: string | null;
  vulnerabilities: { id: string; cve: string | null; title: string; severity: string; cvssScore: number; status: string }[];
  affectedMatches: number;
  /** Per SBOM: `conformance` null when it has not been checked. */
  sboms: { id: string; filename: string; conformance: { conforms: boolean; standard: string; failed: string[] } | null }[];
  accreditation: { isValid: boolean; body: string | null; standard: string | null; validUntil: string | null; problems: string[] };
  approvals: { given: number; required: number; hasCurrentUserApproved: boolean };
  roundDecisions: RoundDecisionDto[];
  /** Why this approval needs a rationale (the approve command's own rule), or null. */
  rationaleRequired: string | null;
};
