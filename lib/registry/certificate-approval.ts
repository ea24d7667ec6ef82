import 'server-only';
import type { Executor } from '@/db/client';
import { findCertificateSubmissionId, listApprovalsOfSubmission } from '@/db/queries/decision-panel';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { isUuid } from '@/lib/validation/uuid';

/** The approvals that issued a certificate: each regulator's rationale, and the conditions attached to it. */
export type CertificateApprovalDto = {
  approvals: { at: string; rationale: string | null; logIndex: number | null }[];
  /** Published conditions of the certificate (e.g. "valid only with configuration X"), without repeats. */
  conditions: string[];
};

/** The approvals of the review round that issued the certificate of `submissionId` (the last round approved). */
export async function readCertificateApproval(db: Executor, submissionId: string): Promise<CertificateApprovalDto> {
  const all = await listApprovalsOfSubmission(db, submissionId);
  const round = all.at(-1)?.reviewRound;
  const issuing = all.filter((a) => a.reviewRound === round);
  return {
    approvals: issuing.map((a) => ({ at: a.createdAt.toISOString(), rationale: a.reason, logIndex: a.logIndex })),
    conditions: [...new Set(issuing.flatMap((a) => a.conditions))],
  };
}

/** {@link readCertificateApproval} by certificate id, for the portal's certificate page. Public data (anyone); 404 for an unknown id. Logs nothing. */
export async function getCertificateApproval(certificateId: string): Promise<CertificateApprovalDto> {
  const db = await getDb();
  const submissionId = isUuid(certificateId) ? await findCertificateSubmissionId(db, certificateId) : null;
  if (!submissionId) throw notFound('Certificate');
  return readCertificateApproval(db, submissionId);
}
