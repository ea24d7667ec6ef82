import type * as q from '@/db/queries/operators';
import type { OperatorDecisionKind } from '@/lib/validation/operators';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';

export type OperatorDecisionDto = {
  id: string;
  certificateId: string;
  operator: { id: string; name: string };
  decision: OperatorDecisionKind;
  rationale: string;
  decidedBy: { id: string; name: string };
  decidedAt: string;
  version: number;
  certificate: { productName: string; versionLabel: string; vendorName: string; status: CertificateStatus };
};

export type OperatorDecisionHistoryItem = {
  logIndex: number;
  at: string;
  decision: OperatorDecisionKind;
  rationale: string;
  version: number;
};

export function toOperatorDecisionDto(r: q.OperatorDecisionListRow, now = new Date()): OperatorDecisionDto {
  return {
    id: r.decision.id,
    certificateId: r.decision.certificateId,
    operator: { id: r.decision.operatorOrgId, name: r.operatorName },
    decision: r.decision.decision,
    rationale: r.decision.rationale,
    decidedBy: { id: r.decision.decidedBy, name: r.deciderName },
    decidedAt: r.decision.decidedAt.toISOString(),
    version: r.decision.version,
    certificate: {
      productName: r.productName,
      versionLabel: r.versionLabel,
      vendorName: r.vendorName,
      status: effectiveCertificateStatus(r.certificateStatus, r.certificateExpiresAt, now),
    },
  };
}
