import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import type { Fraction } from './fraction';

/** Why a deployed version is flagged: its certificate is not valid, or it never had one. */
export type FlagReason = Exclude<CertificateStatus, 'valid'> | 'missing';

/** One inventory line as the arithmetic needs it. `certificateStatus` null: the version has no certificate. */
export type DeploymentLine = {
  vendorId: string;
  vendorName: string;
  segment: NetworkSegment;
  quantity: number;
  certificateStatus: CertificateStatus | null;
  productVersionId: string;
  label: string;
  /** Set when lines of several operators are combined (the regulators' view). */
  operatorId?: string;
  operatorName?: string;
};

export type VendorShare = {
  vendorId: string;
  vendorName: string;
  units: number;
  /** units / segment units, exact and in lowest terms. */
  share: Fraction;
  /** The share in percent, unrounded (for charts); decisions use `share`. */
  percent: number;
  /** share > threshold, strictly: a share exactly at the threshold is not over it. */
  isConcentrated: boolean;
};

export type FlaggedDeployment = {
  productVersionId: string;
  label: string;
  vendorId: string;
  vendorName: string;
  segment: NetworkSegment;
  units: number;
  certificateStatus: CertificateStatus | null;
  reason: FlagReason;
  operatorId?: string;
  operatorName?: string;
};

export type SegmentDiversity = {
  segment: NetworkSegment;
  totalUnits: number;
  /** Vendors with units, most units first (ties by name). */
  vendors: VendorShare[];
  /** The vendors over the threshold (at most one unless the threshold is below 50 %). */
  concentrated: VendorShare[];
  flagged: FlaggedDeployment[];
};

export type DiversityPicture = {
  threshold: Fraction;
  totalUnits: number;
  /** Always ran, transport, core, in that order, whether or not they have units. */
  segments: SegmentDiversity[];
  flaggedCount: number;
};
