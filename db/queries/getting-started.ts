import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { networkFunctionFollows } from '@/db/schema/follows';
import { deployments, operatorDecisions } from '@/db/schema/operators';
import { labAccreditations } from '@/db/schema/organizations';
import { products, productVersions } from '@/db/schema/products';
import { decisions, evidence, submissions, testResults } from '@/db/schema/submissions';
import { users } from '@/db/schema/users';

const exists = async (db: Executor, query: { limit: (n: number) => PromiseLike<unknown[]> }) => (await query.limit(1)).length > 0;
const one = sql`1`;

/** What a vendor organisation has done so far: a product, a version, an SBOM, a submission sent to a lab. */
export async function vendorProgress(db: Executor, orgId: string) {
  const [hasProduct, hasVersion, hasSbom, hasSubmitted] = await Promise.all([
    exists(db, db.select({ one }).from(products).where(eq(products.vendorOrgId, orgId))),
    exists(db, db.select({ one }).from(productVersions).innerJoin(products, eq(productVersions.productId, products.id)).where(eq(products.vendorOrgId, orgId))),
    exists(db, db.select({ one }).from(evidence).where(and(eq(evidence.uploaderOrgId, orgId), eq(evidence.kind, 'sbom')))),
    exists(db, db.select({ one }).from(submissions).where(and(eq(submissions.vendorOrgId, orgId), isNotNull(submissions.submittedAt)))),
  ]);
  return { hasProduct, hasVersion, hasSbom, hasSubmitted };
}

const PAST_ACCEPT = ['in_evaluation', 'under_review', 'changes_requested', 'approved', 'rejected'] as const;
const PAST_EVALUATION = ['under_review', 'approved', 'rejected'] as const;

/** An accreditation in force on `today` (YYYY-MM-DD): begun and not yet ended, as lib/submissions/lab-eligibility judges it. */
const inForceOn = (today: string) => sql`${labAccreditations.validFrom} <= ${today} and ${labAccreditations.validUntil} >= ${today}`;

/** What a lab has done so far: an accreditation in force today, an assignment accepted, results recorded, an evaluation submitted. */
export async function labProgress(db: Executor, orgId: string, today: string) {
  const [isAccredited, hasAccepted, hasResults, hasSubmittedEvaluation] = await Promise.all([
    exists(db, db.select({ one }).from(labAccreditations).where(and(eq(labAccreditations.labOrgId, orgId), inForceOn(today)))),
    exists(db, db.select({ one }).from(submissions).where(and(eq(submissions.labOrgId, orgId), inArray(submissions.state, [...PAST_ACCEPT])))),
    exists(db, db.select({ one }).from(testResults).innerJoin(submissions, eq(testResults.submissionId, submissions.id)).where(eq(submissions.labOrgId, orgId))),
    exists(db, db.select({ one }).from(submissions).where(and(eq(submissions.labOrgId, orgId), inArray(submissions.state, [...PAST_EVALUATION])))),
  ]);
  return { isAccredited, hasAccepted, hasResults, hasSubmittedEvaluation };
}

/** What a regulator organisation has: a colleague (four eyes), an accredited lab, a decision taken. */
export async function regulatorProgress(db: Executor, orgId: string) {
  const [members, hasAccreditedLab, hasDecided] = await Promise.all([
    db.select({ n: sql<number>`count(*)::int` }).from(users).where(and(eq(users.orgId, orgId), eq(users.isEnabled, true))),
    exists(db, db.select({ one }).from(labAccreditations)),
    exists(db, db.select({ one }).from(decisions).where(eq(decisions.regulatorOrgId, orgId))),
  ]);
  return { hasColleague: (members[0]?.n ?? 0) > 1, hasAccreditedLab, hasDecided };
}

/** What an operator has done: a component accepted or rejected, deployments entered, a network function followed (by this person). */
export async function operatorProgress(db: Executor, orgId: string, userId: string) {
  const [hasDecided, hasDeployments, isFollowing] = await Promise.all([
    exists(db, db.select({ one }).from(operatorDecisions).where(eq(operatorDecisions.operatorOrgId, orgId))),
    exists(db, db.select({ one }).from(deployments).where(eq(deployments.operatorOrgId, orgId))),
    exists(db, db.select({ one }).from(networkFunctionFollows).where(eq(networkFunctionFollows.userId, userId))),
  ]);
  return { hasDecided, hasDeployments, isFollowing };
}
