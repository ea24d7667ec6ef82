import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import type { FlagReason } from './types';

type OrgRef = { id: string; name: string };

export type DiversityDto = {
  scope: { operator: OrgRef | null };
  /** The concentration threshold as a fraction (0.5 = 50 %). */
  threshold: number;
  totalUnits: number;
  flaggedCount: number;
  segments: {
    segment: NetworkSegment;
    totalUnits: number;
    vendors: { vendorId: string; vendorName: string; units: number; share: { numerator: number; denominator: number }; percent: number; isConcentrated: boolean }[];
    concentrated: { vendorId: string; vendorName: string; units: number; percent: number }[];
    flagged: {
      productVersionId: string;
      label: string;
      vendorId: string;
      vendorName: string;
      units: number;
      certificateStatus: CertificateStatus | null;
      reason: FlagReason;
      operator: OrgRef | null;
    }[];
  }[];
  /** Regulators: every operator organisation with its units, for choosing one; operators: null. */
  operators: (OrgRef & { totalUnits: number })[] | null;
};
