import 'server-only';
import type { Executor } from '@/db/client';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import * as q from '@/db/queries/notifications';
import { ANSWERED_BY_CERTIFICATE_ACTION, answeredSubmissionNoticeKinds } from './resolve-rules';

/** After a submission moved: its notifications that asked for what has now been done are marked done. */
export async function resolveSubmissionNotices(db: Executor, submission: { id: string; state: SubmissionState }, now = new Date()) {
  return q.resolveNotificationsAt(db, `/submissions/${submission.id}`, answeredSubmissionNoticeKinds(submission.state), now);
}

/** After a regulator suspended, revoked, reinstated or cleared a certificate: its review-list notices are done. */
export async function resolveCertificateNotices(db: Executor, certificateId: string, now = new Date()) {
  return q.resolveNotificationsAt(db, `/certificates/${certificateId}`, ANSWERED_BY_CERTIFICATE_ACTION, now);
}
