import type * as q from '@/db/queries/operators';
import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import { flagReasonOf } from '@/lib/diversity/compute-diversity';
import type { FlagReason } from '@/lib/diversity/types';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';

type OrgRef = { id: string; name: string };
export type VersionCertificateRef = { id: string; status: CertificateStatus } | null;

/** A product version as an operator picks it for the inventory. */
export type DeployableVersionDto = {
  productVersionId: string;
  label: string;
  product: { id: string; name: string; model: string | null };
  version: string;
  vendor: OrgRef;
  networkFunction: string;
  segment: NetworkSegment;
  certificate: VersionCertificateRef;
  flag: FlagReason | null;
};

export type DeploymentDto = DeployableVersionDto & { quantity: number; operator: OrgRef; updatedAt: string };

/** An inventory; `digest` (the SHA-256 of the canonical inventory) is its ETag. */
export type DeploymentsDto = { operator: OrgRef | null; items: DeploymentDto[]; totalUnits: number; digest: string };

export type CsvProblem = { line: number; message: string };

export function toDeployable(v: q.VersionRow, certificate: VersionCertificateRef): DeployableVersionDto {
  return {
    productVersionId: v.productVersionId,
    label: `${v.productName} ${v.version}`,
    product: { id: v.productId, name: v.productName, model: v.productModel },
    version: v.version,
    vendor: { id: v.vendorId, name: v.vendorName },
    networkFunction: v.networkFunction,
    segment: v.segment,
    certificate,
    flag: flagReasonOf(certificate?.status ?? null),
  };
}
