import 'server-only';
import type { Tx } from '@/db/client';
import type { Actor } from '@/lib/authz/actor';
import { certificatesUnderReviewNotice } from '@/lib/certificates/certificate-effects';
import { reviewRequiredEntries, unsafeFlagCertificatesForReview } from '@/lib/certificates/review-flags';
import type { Effect } from '@/lib/kernel/effect';
import type { EntryDraft } from '@/lib/log/entry-data';
import { reviewReasonOf } from '../vulnerability-rules';

type ReviewFlagging = {
  /** Ids of the certificates put on the review list, as the vulnerability's own entry records them. */
  certificateIds: string[];
  /** One `certificate.review_required` entry per certificate, to log after the vulnerability's entry. */
  entries: EntryDraft[];
  /** Tells every regulator (but the caller). */
  effects: Effect[];
};

/**
 * Inside a vulnerability command, once it has authorised its caller: a critical vulnerability became
 * active on `productVersionId`, so its live certificates go on the regulators' review list.
 */
export async function flagCertificatesForReview(
  tx: Tx,
  params: { productVersionId: string; vulnerability: { id: string; cve: string | null; cvssScore: number }; actor: Actor; now: Date },
): Promise<ReviewFlagging> {
  const reason = reviewReasonOf(params.vulnerability);
  const flagged = await unsafeFlagCertificatesForReview(tx, { productVersionId: params.productVersionId, reason, now: params.now });
  return {
    certificateIds: flagged.map((c) => c.id),
    entries: reviewRequiredEntries(flagged, { vulnerabilityId: params.vulnerability.id, now: params.now }),
    effects: flagged.length > 0 ? [certificatesUnderReviewNotice({ certificates: flagged, reason, actor: params.actor })] : [],
  };
}

/** Nothing flagged: the vulnerability did not become an active critical one. */
export const NO_REVIEW: ReviewFlagging = { certificateIds: [], entries: [], effects: [] };
