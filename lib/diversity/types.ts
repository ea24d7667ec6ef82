import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import type { Fraction } from './fraction';
import type { SegmentThreshold } from './policy';

/** Why a deployed version is flagged: its certificate is not valid, or it never had one. */
export type FlagReason = Exclude<CertificateStatus, 'valid'> | 'missing';

/** One inventory line as the arithmetic needs it. `certificateStatus` null: the version has no certificate. */
export type DeploymentLine = {
  vendorId: string;
  vendorName: string;
  segment: NetworkSegment;
  /** The product's network function (AMF, gNB, …), for the breakdown within the segment. */
  networkFunction: string;
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
  /** How many operator networks run this vendor's units here (1 in one operator's own picture). */
  operatorCount: number;
};

/** Why a segment or a network function is flagged: a vendor's share over the threshold, or the HHI over its threshold. */
export type ConcentrationFlag = 'share' | 'hhi';

/** Units split by vendor within a segment or one network function of it. */
export type Concentration = {
  totalUnits: number;
  /** Vendors with units, most units first (ties by name). */
  vendors: VendorShare[];
  /** Herfindahl–Hirschman index of the vendor shares, 0–10 000, rounded (0 with no units). */
  hhi: number;
  /** Empty when neither threshold is crossed. */
  flags: ConcentrationFlag[];
};

export type NetworkFunctionDiversity = Concentration & { networkFunction: string };

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

export type SegmentDiversity = Concentration & {
  segment: NetworkSegment;
  threshold: SegmentThreshold;
  /** The vendors over the share threshold (at most one unless the threshold is below 50 %). */
  concentrated: VendorShare[];
  /** Each network function deployed in the segment, most units first, with the segment's thresholds applied. */
  networkFunctions: NetworkFunctionDiversity[];
  flagged: FlaggedDeployment[];
};

export type DiversityPicture = {
  totalUnits: number;
  /** Always ran, transport, core, in that order, whether or not they have units. */
  segments: SegmentDiversity[];
  flaggedCount: number;
};
