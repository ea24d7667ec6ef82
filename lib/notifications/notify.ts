import 'server-only';
import type { Executor } from '@/db/client';
import type { OrgKind } from '@/lib/authz/actor';
import type { NotificationKind } from '@/lib/validation/notifications';
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

/**
 * Puts a message into the inboxes of an audience. Commands send it from their post-commit effects
 * (lib/kernel/effect.ts), so a notification exists only for a change that committed; inside a
 * transaction it is part of that transaction. For code that has done its own authorisation: it
 * checks none. Returns how many notifications were new (repeats of a dedupe key are skipped).
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
