import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import type { EvidenceDto } from '@/lib/evidence/evidence-dto';
import type { SbomComponent } from '@/lib/evidence/sbom/sbom-summary';
import type { OperatorDecisionDto, OperatorDecisionHistoryItem } from '@/lib/operator-decisions/operator-decision-dto';
import type { ResultItemDto, ResultsSummary } from '@/lib/results/results-dto';
import type { OperatorDecisionKind } from '@/lib/validation/operators';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';

type Severity = 'critical' | 'high' | 'medium' | 'low' | 'none';
export type SeverityCounts = Record<Severity, number>;

export type ApprovedComponentDto = {
  certificateId: string;
  status: CertificateStatus;
  productVersionId: string;
  product: { name: string; model: string | null };
  version: string;
  vendor: { id: string; name: string };
  lab: { id: string; name: string };
  networkFunction: string;
  segment: NetworkSegment;
  scheme: string;
  issuedAt: string;
  expiresAt: string;
  /** Open or confirmed vulnerabilities of the certified version, by severity. */
  openVulnerabilities: SeverityCounts;
  /** Operators: their organisation's decision; regulators: null. */
  decision: { decision: OperatorDecisionKind; rationale: string; decidedAt: string; version: number } | null;
  /** Regulators: how many operators accepted and rejected it; operators: null. */
  decisionCounts: { accept: number; reject: number } | null;
};

export type VulnerabilityDto = {
  id: string;
  cve: string | null;
  title: string;
  severity: Severity;
  cvssScore: number;
  status: string;
  fixedInVersion: string | null;
  reportedAt: string;
};

export type ApprovedComponentDetailDto = ApprovedComponentDto & {
  submissionId: string;
  specVersions: string;
  /** Evidence released to operators (visibility `certified`). */
  evidence: EvidenceDto[];
  results: { summary: ResultsSummary; notPassed: ResultItemDto[] };
  /** The newest certified SBOM, with its first 500 components. */
  sbom: { evidenceId: string; filename: string; format: string; specVersion: string; componentCount: number; components: SbomComponent[] } | null;
  vulnerabilities: VulnerabilityDto[];
  /** Operators: their organisation's decision (zero or one); regulators: every operator's. */
  decisions: OperatorDecisionDto[];
  /** Operators: every change of their decision, from the log; regulators: empty. */
  history: OperatorDecisionHistoryItem[];
};
