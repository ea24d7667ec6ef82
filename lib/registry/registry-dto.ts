import type { CertificateApprovalDto } from './certificate-approval';
import type { RegistryItemRow } from '@/db/queries/registry';
import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import type { Page } from '@/lib/pagination';
import type { TestResult } from '@/lib/results/test-results';
import type { CertificateEvent, CertificateEventType } from './certificate-events';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';

export type RegistryItemDto = {
  id: string;
  /** Effective status: `expired` from `expiresAt` on, unless revoked. */
  status: CertificateStatus;
  /** On the regulators' review list. */
  underReview: boolean;
  product: string;
  model: string | null;
  version: string;
  vendor: { id: string; name: string };
  networkFunction: string;
  segment: NetworkSegment;
  lab: { id: string; name: string };
  scheme: string;
  specVersions: string;
  issuedAt: string;
  expiresAt: string;
};

export type RegistryPage = Page<RegistryItemDto> & {
  /** Matches on all pages, counted up to `REGISTRY_TOTAL_CAP` (10 000; 200 for a text search). */
  total: number;
  /** More than that match: show "10,000+". */
  isTotalCapped: boolean;
};

export type RegistryFilterOptions = {
  vendors: { id: string; name: string }[];
  labs: { id: string; name: string }[];
  networkFunctions: string[];
  segments: NetworkSegment[];
};

export function toRegistryItem(r: RegistryItemRow): RegistryItemDto {
  return {
    id: r.id,
    status: r.status,
    underReview: r.underReview,
    product: r.product,
    model: r.model,
    version: r.version,
    vendor: { id: r.vendorId, name: r.vendorName },
    networkFunction: r.networkFunction,
    segment: r.segment,
    lab: { id: r.labId, name: r.labName },
    scheme: r.scheme,
    specVersions: r.specVersions,
    issuedAt: r.issuedAt,
    expiresAt: r.expiresAt,
  };
}

export type RegistryTestCaseDto = { testCaseId: string; spec: string; specVersion: string; clause: string; title: string };

export type RegistryEvaluationDto = {
  counts: Record<TestResult, number> & { total: number };
  failed: RegistryTestCaseDto[];
  notApplicable: RegistryTestCaseDto[];
};

export type RegistrySbomDto = { sha256: string; componentCount: number | null; format: string | null };

export type RegistryHistoryEventDto = {
  event: CertificateEvent;
  type: CertificateEventType;
  at: string;
  reason: string | null;
  /** Null only for an expiry that has not been written to the log (yet). */
  logIndex: number | null;
  entryUrl: string | null;
  inclusionProofUrl: string | null;
};

export type RegistryCertificateDto = RegistryItemDto & {
  reviewSince: string | null;
  evaluation: RegistryEvaluationDto;
  sboms: RegistrySbomDto[];
  history: RegistryHistoryEventDto[];
  approval: CertificateApprovalDto;
  log: { treeSize: number };
};
