import 'server-only';
import type { Db } from '@/db/client';
import { findVersionWithProduct } from '@/db/queries/products';
import { notify, type NotificationAudience } from '@/lib/notifications/notify';
import type { SubmissionRow } from '@/db/queries/submissions';
import type { Actor } from '@/lib/authz/actor';
import type { NotificationKind } from '@/lib/validation/notifications';
import type { SubmissionAction } from '@/lib/workflow/submission-actions';

export type SubmissionNoticeParams = { actor: Actor; action: SubmissionAction; submission: SubmissionRow; reason?: string | null };
type Plan = { audience: NotificationAudience; kind: NotificationKind; title: (what: string) => string; body?: string };

function planOf({ actor, action, submission: s, reason }: SubmissionNoticeParams): Plan | null {
  const because = reason ? `Reason: ${reason}` : undefined;
  const vendorAndLab = { orgIds: [s.vendorOrgId, s.labOrgId], exceptUserId: actor.userId };
  switch (action) {
    case 'submit':
      return { audience: { orgIds: [s.labOrgId] }, kind: 'assignment.new', title: (w) => `New assignment: ${w}`, body: 'Accept it (declaring any conflict of interest) or decline it.' };
    case 'resubmit':
      return { audience: { orgIds: [s.labOrgId] }, kind: 'assignment.resubmitted', title: (w) => `${w} is back for evaluation`, body: 'The vendor answered the change request.' };
    case 'accept':
      return { audience: { orgIds: [s.vendorOrgId] }, kind: 'submission.accepted', title: (w) => `The lab accepted ${w}` };
    case 'decline':
      return { audience: { orgIds: [s.vendorOrgId] }, kind: 'submission.declined', title: (w) => `The lab declined ${w}`, body: because };
    case 'submit_evaluation':
      return { audience: { orgKind: 'regulator' }, kind: 'evaluation.submitted', title: (w) => `${w} is ready for review`, body: 'The lab submitted its evaluation.' };
    case 'approve':
      // A first approval of a core product decides nothing yet; only the one that issues the certificate is news.
      if (s.state !== 'approved') return null;
      return { audience: vendorAndLab, kind: 'decision.approved', title: (w) => `${w} approved — certificate issued` };
    case 'reject':
      return { audience: vendorAndLab, kind: 'decision.rejected', title: (w) => `${w} rejected`, body: because };
    case 'request_changes':
      return { audience: vendorAndLab, kind: 'decision.changes_requested', title: (w) => `Changes requested for ${w}`, body: because };
    case 'withdraw':
      return null;
  }
}

/**
 * Tells the people a submission action concerns (lab on submit/resubmit, vendor on accept/decline,
 * regulators on a submitted evaluation, vendor and lab on a decision, never the deciding regulator).
 * Runs after the action committed (`submissionActionNotice`); each notice is sent once per
 * submission version.
 */
export async function sendSubmissionNotice(db: Db, params: SubmissionNoticeParams): Promise<void> {
  const plan = planOf(params);
  if (!plan) return;
  const found = await findVersionWithProduct(db, params.submission.productVersionId);
  const what = found ? `${found.vendorName} ${found.product.name} ${found.version.version}` : 'a submission';
  await notify(db, plan.audience, {
    kind: plan.kind,
    title: plan.title(what),
    body: plan.body,
    link: `/submissions/${params.submission.id}`,
    dedupeKey: `${plan.kind}:${params.submission.id}:v${params.submission.version}`,
  });
}
