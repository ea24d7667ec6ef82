import 'server-only';
import { defineEffect } from '@/lib/kernel/effect';
import { resolveSubmissionNotices } from '@/lib/notifications/resolve-notices';
import { sendSubmissionNotice, type SubmissionNoticeParams } from './submission-notices';

/**
 * Marks done the notifications the action answered (a decided submission is no longer "ready for review"),
 * then tells the people the action concerns, in their inbox (see `sendSubmissionNotice`).
 */
export const submissionActionNotice = defineEffect<SubmissionNoticeParams>('submission.action.notify', async (db, p) => {
  await resolveSubmissionNotices(db, p.submission);
  await sendSubmissionNotice(db, p);
});
