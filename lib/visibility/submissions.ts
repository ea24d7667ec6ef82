import { and, eq, exists, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import { certificates } from '@/db/schema/certificates';
import { submissions } from '@/db/schema/submissions';
import type { Viewer } from './viewer';

/*
 * PRODUCT.md "Who sees what", rows "draft submissions" and "submitted and later":
 *   own vendor: all of its submissions; assigned lab and regulators: once submitted (never a draft,
 *   also not one declined back to draft); operators: only certified ones; the public: none.
 */

/** SQL: the submissions `viewer` may see (use in a `where` over `submissions`). */
export function submissionVisibleTo(viewer: Viewer): SQL {
  if (!viewer) return sql`false`;
  const everSubmitted = and(ne(submissions.state, 'draft'), isNotNull(submissions.submittedAt))!;
  switch (viewer.orgKind) {
    case 'vendor':
      return eq(submissions.vendorOrgId, viewer.orgId);
    case 'lab':
      return and(eq(submissions.labOrgId, viewer.orgId), everSubmitted)!;
    case 'regulator':
      return everSubmitted;
    case 'operator':
      // drizzle needs a db to build a subquery; a raw fragment keeps this usable from any executor.
      return exists(sql`(select 1 from ${certificates} where ${certificates.submissionId} = ${submissions.id})`);
  }
}

/** The facts about a loaded submission that decide who sees it. */
export type SubmissionFacts = {
  vendorOrgId: string;
  labOrgId: string | null;
  state: string;
  submittedAt: Date | string | null;
  /** A certificate was issued on it (whatever its status now). */
  isCertified: boolean;
};

/** Pure twin of {@link submissionVisibleTo}, for rows already loaded and for the UI. */
export function isSubmissionVisible(viewer: Viewer, s: SubmissionFacts): boolean {
  if (!viewer) return false;
  const everSubmitted = s.state !== 'draft' && s.submittedAt !== null;
  switch (viewer.orgKind) {
    case 'vendor':
      return s.vendorOrgId === viewer.orgId;
    case 'lab':
      return s.labOrgId === viewer.orgId && everSubmitted;
    case 'regulator':
      return everSubmitted;
    case 'operator':
      return s.isCertified;
  }
}

/**
 * Whether a viewer who sees a submission also sees its assessment record: the regulators'
 * decisions and the lab's conflict-of-interest declaration. Operators see a certified submission
 * with its released evidence and results only.
 */
export function seesAssessmentRecord(viewer: Viewer): boolean {
  return viewer !== null && viewer.orgKind !== 'operator';
}
