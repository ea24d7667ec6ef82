import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { markNotificationsReadSchema } from '@/lib/validation/notifications';
import * as q from '@/db/queries/notifications';

/**
 * Marks the caller's notifications read: `{ids: [...]}` or `{all: true}`. Ids of other users'
 * notifications are ignored (they stay untouched and are not reported). Everyone has an inbox, so
 * nobody is refused. Logs nothing: reading is not a change to the trust record.
 */
export const markReadCommand = defineCommand({
  name: 'notification.mark_read',
  subject: 'Inbox',
  input: markNotificationsReadSchema,
  // The inbox is the caller's own; nothing to lock (marking read twice is harmless).
  load: async (_tx, _key: null, actor) => ({ userId: actor.userId }),
  authorize: () => null,
  async apply({ tx, input, target }) {
    const updated = await q.markNotificationsOfUserRead(tx, target.userId, 'all' in input ? 'all' : input.ids);
    return { result: updated, entries: [] };
  },
  readBack: async (actor, updated, _appended, db) => ({ updated, unread: await q.countUnreadOfUser(db, actor.userId) }),
});

/** Fires {@link markReadCommand}: `{updated, unread}`. */
export function markRead(actor: Actor, input: unknown): Promise<{ updated: number; unread: number }> {
  return runCommand(markReadCommand, actor, null, input);
}
