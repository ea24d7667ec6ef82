import 'server-only';
import { defineEffect } from '@/lib/kernel/effect';
import { sendSubmissionNotice, type SubmissionNoticeParams } from './submission-notices';

/** Tells the people a workflow action concerns, in their inbox (see `sendSubmissionNotice`). */
export const submissionActionNotice = defineEffect<SubmissionNoticeParams>('submission.action.notify', (db, p) => sendSubmissionNotice(db, p));
