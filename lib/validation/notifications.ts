import { z } from 'zod';

/** What a notification is about; the inbox shows a label per kind. */
export const NOTIFICATION_KINDS = [
  'assignment.new',
  'assignment.resubmitted',
  'submission.accepted',
  'submission.declined',
  'evaluation.submitted',
  'decision.approved',
  'decision.rejected',
  'decision.changes_requested',
  'certificate.issued',
  'certificate.suspended',
  'certificate.reinstated',
  'certificate.revoked',
  'certificate.expired',
  'certificate.expiring',
  'certificate.review_required',
  'certificate.review_cleared',
  'vulnerability.reported',
  'vulnerability.answered',
  'advisory.affected',
  'advisory.task_opened',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const listNotificationsQuerySchema = z.strictObject({
  unread: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const markNotificationsReadSchema = z.union([
  z.strictObject({ ids: z.array(z.uuid()).min(1).max(200) }),
  z.strictObject({ all: z.literal(true) }),
]);

export const notificationResponseSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  isRead: z.boolean(),
  resolvedAt: z.iso.datetime().nullable().describe('When the item it asked you to act on was acted on (e.g. the submission was decided)'),
  createdAt: z.iso.datetime(),
});

export const unreadCountResponseSchema = z.object({ unread: z.number().int() });

export const markReadResponseSchema = z.object({ updated: z.number().int(), unread: z.number().int() });
