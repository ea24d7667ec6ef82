import type { SubmissionListRow } from '@/db/queries/submissions';
import type { EvidenceRow } from '@/db/queries/evidence';
import type { EvidenceIntegrityDto } from '@/lib/evidence/evidence-integrity-dto';
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

export type EvidenceDto = {
  id: string;
  submissionId: string;
  kind: EvidenceRow['kind'];
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  visibility: EvidenceRow['visibility'];
  uploaderOrgId: string;
  createdAt: string;
  logIndex: number | null;
  sbom: unknown;
  /** Regulators only (lib/evidence/with-integrity-state.ts): whether the stored bytes still match. */
  integrity?: EvidenceIntegrityDto;
};

export function toEvidenceDto(r: EvidenceRow, options: { withSbomComponents?: boolean } = {}): EvidenceDto {
  const sbom = r.sbom as { components?: unknown[] } | null;
  return {
    id: r.id,
    submissionId: r.submissionId,
    kind: r.kind,
    filename: r.filename,
    mediaType: r.mediaType,
    size: r.size,
    sha256: r.sha256,
    visibility: r.visibility,
    uploaderOrgId: r.uploaderOrgId,
    createdAt: r.createdAt.toISOString(),
    logIndex: r.logIndex,
    sbom: sbom && !options.withSbomComponents ? { ...sbom, components: undefined } : sbom,
  };
}

export type CertificateDto = {
  id: string;
  status: string;
  storedStatus: string;
  issuedAt: string;
  expiresAt: string;
  scheme: string;
  version: number;
};

export function toCertificateDto(
  r: { id: string; status: 'valid' | 'suspended' | 'revoked'; issuedAt: Date; expiresAt: Date; scheme: string; version: number },
  now = new Date(),
): CertificateDto {
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
