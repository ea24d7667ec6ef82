import 'server-only';
import type { Executor } from '@/db/client';
import type { Actor, OrgKind } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import { listNotificationsQuerySchema, markNotificationsReadSchema, type NotificationKind } from '@/lib/validation/notifications';
import * as q from '@/db/queries/notifications';

/** Who receives a notification: users by id, every enabled user of some organisations, or of every organisation of a kind. */
export type NotificationAudience = {
  userIds?: readonly string[];
  orgIds?: readonly (string | null | undefined)[];
  orgKind?: OrgKind;
  /** Usually the person who caused the event: they need no notification about their own act. */
  exceptUserId?: string;
};

export type NotificationMessage = {
  kind: NotificationKind;
  title: string;
  body?: string;
  /** A path inside the portal, e.g. `/certificates/<id>`. */
  link?: string | null;
  /** Makes the notification once-only per user (e.g. one "expires soon" per certificate). */
  dedupeKey?: string;
};

export type NotificationDto = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  isRead: boolean;
  createdAt: string;
};

/**
 * Puts a message into the inboxes of an audience, inside the caller's transaction (so it exists only
 * if the change it reports commits). For services, after their own authorisation: it checks none.
 * Returns how many notifications were new (repeats of a dedupe key are skipped).
 */
export async function notify(db: Executor, audience: NotificationAudience, message: NotificationMessage): Promise<number> {
  const recipients = new Set(audience.userIds ?? []);
  const orgIds = (audience.orgIds ?? []).filter((id): id is string => Boolean(id));
  for (const id of await q.listEnabledUserIdsOfOrgs(db, [...new Set(orgIds)])) recipients.add(id);
  if (audience.orgKind) for (const id of await q.listEnabledUserIdsOfOrgKind(db, audience.orgKind)) recipients.add(id);
  if (audience.exceptUserId) recipients.delete(audience.exceptUserId);
  return q.insertNotifications(
    db,
    [...recipients].map((userId) => ({
      userId,
      kind: message.kind,
      title: message.title.slice(0, 300),
      body: (message.body ?? '').slice(0, 2000),
      link: message.link ?? null,
      dedupeKey: message.dedupeKey ?? null,
    })),
  );
}

function toDto(row: q.NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    isRead: row.isRead,
    createdAt: row.createdAt.toISOString(),
  };
}

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
    items: page.map((r) => toDto(r.notification)),
    nextCursor: rows.length > params.limit ? encodeCursor({ createdAt: last.cursorAt, id: last.notification.id }) : null,
  };
}

/** How many of the caller's notifications are unread. */
export async function unreadCount(actor: Actor): Promise<number> {
  return q.countUnreadOfUser(await getDb(), actor.userId);
}

/**
 * Marks the caller's notifications read: `{ids: [...]}` or `{all: true}`. Ids of other users'
 * notifications are ignored (they stay untouched and are not reported). Logs nothing: reading is
 * not a change to the trust record.
 */
export async function markRead(actor: Actor, input: unknown): Promise<{ updated: number; unread: number }> {
  const data = parseInput(markNotificationsReadSchema, input);
  const db = await getDb();
  const updated = await q.markNotificationsOfUserRead(db, actor.userId, 'all' in data ? 'all' : data.ids);
  return { updated, unread: await q.countUnreadOfUser(db, actor.userId) };
}
