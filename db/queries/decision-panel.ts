import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { resultCountsOfSubmission } from './evidence';
import { advisoryMatches } from '@/db/schema/advisories';
import { certificates } from '@/db/schema/certificates';
import { vulnerabilities } from '@/db/schema/operators';
import { decisions, evidence } from '@/db/schema/submissions';

/** Advisory matches of a product version still in state `affected`. No visibility check. */
export async function countAffectedMatches(db: Executor, productVersionId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(advisoryMatches)
    .where(and(eq(advisoryMatches.productVersionId, productVersionId), eq(advisoryMatches.state, 'affected')));
  return row?.n ?? 0;
}

/** Vulnerabilities of a product version that are open or confirmed, most severe first. No visibility check. */
export async function listActiveVulnerabilities(db: Executor, productVersionId: string) {
  return db
    .select({ id: vulnerabilities.id, cve: vulnerabilities.cve, title: vulnerabilities.title, severity: vulnerabilities.severity, cvssScore: vulnerabilities.cvssScore, status: vulnerabilities.status })
    .from(vulnerabilities)
    .where(and(eq(vulnerabilities.productVersionId, productVersionId), inArray(vulnerabilities.status, ['open', 'confirmed'])))
    .orderBy(sql`${vulnerabilities.cvssScore} desc`, asc(vulnerabilities.createdAt));
}

/** The SBOM evidence of a submission with its stored conformance report (null: not checked). No visibility check. */
export async function listSbomConformance(db: Executor, submissionId: string) {
  return db
    .select({ id: evidence.id, filename: evidence.filename, conformance: evidence.conformance })
    .from(evidence)
    .where(and(eq(evidence.submissionId, submissionId), eq(evidence.kind, 'sbom')))
    .orderBy(asc(evidence.createdAt));
}

/**
 * What is open on a submission when a regulator approves: failed and inconclusive results (every
 * stored one) and affected advisory matches of its version. The approve command and the decision
 * panel both ask this, so the panel never says "no rationale needed" where approve would refuse.
 */
export async function openIssuesOf(db: Executor, submissionId: string, productVersionId: string) {
  // One after the other: inside the approve command `db` is its transaction.
  const counts = await resultCountsOfSubmission(db, submissionId);
  const affectedMatches = await countAffectedMatches(db, productVersionId);
  const countOf = (result: 'fail' | 'inconclusive') => counts.find((r) => r.result === result)?.n ?? 0;
  return { failed: countOf('fail'), inconclusive: countOf('inconclusive'), affectedMatches };
}

/** A submission's approvals, oldest first. No visibility check: public once certified. */
export async function listApprovalsOfSubmission(db: Executor, submissionId: string) {
  return db
    .select({ reviewRound: decisions.reviewRound, reason: decisions.reason, conditions: decisions.conditions, createdAt: decisions.createdAt, logIndex: decisions.logIndex })
    .from(decisions)
    .where(and(eq(decisions.submissionId, submissionId), eq(decisions.kind, 'approve')))
    .orderBy(asc(decisions.createdAt));
}

/** The submission a certificate was issued for, or null. Public: certificates are. */
export async function findCertificateSubmissionId(db: Executor, certificateId: string): Promise<string | null> {
  const [row] = await db.select({ submissionId: certificates.submissionId }).from(certificates).where(eq(certificates.id, certificateId));
  return row?.submissionId ?? null;
}
