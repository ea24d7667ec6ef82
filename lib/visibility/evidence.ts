import { and, exists, inArray, sql, type SQL } from 'drizzle-orm';
import { evidence, submissions } from '@/db/schema/submissions';
import { submissionVisibleTo } from './submissions';
import type { Viewer } from './viewer';

/*
 * PRODUCT.md "Who sees what", rows "evidence `assessment`" and "evidence `certified`": whoever sees
 * the submission (own vendor, assigned lab, regulators) sees all of its evidence; operators see a
 * certified submission's `certified` evidence only; the public none.
 */

type EvidenceVisibility = (typeof evidence.$inferSelect)['visibility'];

/**
 * Which evidence visibilities the viewer may read on a submission it sees: `undefined` for all
 * (the form the db/queries evidence listings take), `['certified']` for operators.
 */
export function evidenceVisibilitiesFor(viewer: Viewer): EvidenceVisibility[] | undefined {
  return viewer?.orgKind === 'operator' ? ['certified'] : undefined;
}

/** SQL: the evidence visibilities `viewer` may read, for a query that already scopes the submission; undefined for all. */
export function evidenceVisibilityCondition(viewer: Viewer): SQL | undefined {
  const visibilities = evidenceVisibilitiesFor(viewer);
  return visibilities ? inArray(evidence.visibility, visibilities) : undefined;
}

/** SQL: the evidence rows `viewer` may see (use in a `where` over `evidence`). */
export function evidenceVisibleTo(viewer: Viewer): SQL {
  return and(
    evidenceVisibilityCondition(viewer),
    exists(sql`(select 1 from ${submissions} where ${submissions.id} = ${evidence.submissionId} and ${submissionVisibleTo(viewer)})`),
  )!;
}

/** Pure twin of {@link evidenceVisibleTo}, given whether the viewer sees the evidence's submission. */
export function isEvidenceVisible(viewer: Viewer, e: { visibility: EvidenceVisibility }, isSubmissionVisibleToViewer: boolean): boolean {
  if (!isSubmissionVisibleToViewer) return false;
  const visibilities = evidenceVisibilitiesFor(viewer);
  return !visibilities || visibilities.includes(e.visibility);
}
