import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import { listNotificationsQuerySchema } from '@/lib/validation/notifications';
import * as q from '@/db/queries/notifications';
import { toNotificationDto, type NotificationDto } from './notification-dto';

type Cursor = { createdAt: string; id: string };
const isCursor = (v: unknown): v is Cursor =>
  typeof v === 'object' && v !== null && typeof (v as Cursor).createdAt === 'string' && typeof (v as Cursor).id === 'string';

/** The caller's own notifications, newest first (`?unread=true` for unread only). Any signed-in user. */
export async function listNotifications(actor: Actor, query: unknown): Promise<Page<NotificationDto>> {
  const params = parseInput(listNotificationsQuerySchema, query ?? {});
  const before = decodeCursor(params.cursor, isCursor);
  const rows = await q.listNotificationsOfUser(await getDb(), actor.userId, {
    unreadOnly: params.unread,
    before,
    limit: params.limit + 1,
  });
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toNotificationDto(r.notification)),
    nextCursor: rows.length > params.limit ? encodeCursor({ createdAt: last.cursorAt, id: last.notification.id }) : null,
  };
}

/** How many of the caller's notifications are unread. */
export async function unreadCount(actor: Actor): Promise<number> {
  return q.countUnreadOfUser(await getDb(), actor.userId);
}
