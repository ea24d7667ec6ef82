import type { SubmissionListRow, SubmissionRow } from '@/db/queries/submissions';
import type { EvidenceDto } from '@/lib/evidence/evidence-dto';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';

export type SubmissionSummaryDto = {
  id: string;
  state: SubmissionListRow['submission']['state'];
  version: number;
  scheme: string;
  product: { id: string; name: string; model: string | null; networkFunction: string; segment: string; isVirtualized: boolean };
  productVersion: { id: string; version: string };
  vendor: { id: string; name: string };
  lab: { id: string; name: string } | null;
  reviewRound: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
};

export function toSubmissionSummaryDto(r: SubmissionListRow): SubmissionSummaryDto {
  const s = r.submission;
  return {
    id: s.id,
    state: s.state,
    version: s.version,
    scheme: s.scheme,
    product: {
      id: r.productId,
      name: r.productName,
      model: r.productModel,
      networkFunction: r.networkFunction,
      segment: r.segment,
      isVirtualized: r.isVirtualized,
    },
    productVersion: { id: s.productVersionId, version: r.versionLabel },
    vendor: { id: s.vendorOrgId, name: r.vendorName },
    lab: s.labOrgId ? { id: s.labOrgId, name: r.labName ?? '' } : null,
    reviewRound: s.reviewRound,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    submittedAt: s.submittedAt?.toISOString() ?? null,
  };
}

/** The certificate a submission's final approval issued, as the submission page shows it. */
export type SubmissionCertificateDto = {
  id: string;
  status: string;
  storedStatus: string;
  issuedAt: string;
  expiresAt: string;
  scheme: string;
  version: number;
};

export function toSubmissionCertificateDto(
  r: { id: string; status: 'valid' | 'suspended' | 'revoked'; issuedAt: Date; expiresAt: Date; scheme: string; version: number },
  now = new Date(),
): SubmissionCertificateDto {
  return {
    id: r.id,
    status: effectiveCertificateStatus(r.status, r.expiresAt, now),
    storedStatus: r.status,
    issuedAt: r.issuedAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    scheme: r.scheme,
    version: r.version,
  };
}

/** `regulatorName` only for the regulator's colleagues (lib/users/colleague-names.ts); null for everyone else. */
export type DecisionDto = {
  id: string;
  kind: string;
  reason: string | null;
  conditions: string[];
  regulatorUserId: string;
  regulatorName: string | null;
  reviewRound: number;
  createdAt: string;
  logIndex: number | null;
};

export type SubmissionDetailDto = SubmissionSummaryDto & {
  conflictOfInterest: unknown;
  evidence: EvidenceDto[];
  evaluation: { counts: Record<string, number>; recorded: number };
  decisions: DecisionDto[];
  certificate: SubmissionCertificateDto | null;
  availableActions: string[];
};

/** What the actor learns after an action that moved the submission out of their sight (a lab's decline). */
export type SubmissionOutOfReachDto = { id: string; state: SubmissionRow['state']; version: number; isVisible: false };

/** One event of a submission's timeline: a log entry about it (or its certificate), with its index. */
export type HistoryEventDto = {
  index: number;
  type: string;
  at: string;
  /** `name` only when the viewer works in the actor's organisation. */
  actor: { user: string | null; org: string | null; orgKind: string; name?: string | null };
  data: Record<string, unknown>;
  leafHash: string;
};
