import { and, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { notifications } from '@/db/schema/operators';
import { organizations } from '@/db/schema/organizations';
import { users } from '@/db/schema/users';

export type NotificationRow = typeof notifications.$inferSelect;
type OrgKind = (typeof organizations.$inferSelect)['kind'];

/** Inserts notifications; one that repeats a user's dedupe key is skipped. Returns how many were new. */
export async function insertNotifications(db: Executor, rows: (typeof notifications.$inferInsert)[]) {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(notifications).values(rows).onConflictDoNothing().returning({ id: notifications.id });
  return inserted.length;
}

/** Enabled users of the given organisations, with their organisation. */
export async function listEnabledUsersOfOrgs(db: Executor, orgIds: readonly string[]): Promise<{ id: string; orgId: string }[]> {
  if (orgIds.length === 0) return [];
  return db
    .select({ id: users.id, orgId: users.orgId })
    .from(users)
    .where(and(inArray(users.orgId, [...orgIds]), eq(users.isEnabled, true)));
}

/** Enabled users of the given organisations. */
export async function listEnabledUserIdsOfOrgs(db: Executor, orgIds: string[]) {
  return (await listEnabledUsersOfOrgs(db, orgIds)).map((r) => r.id);
}

/** Enabled users of every organisation of a kind (e.g. all regulators). */
export async function listEnabledUserIdsOfOrgKind(db: Executor, kind: OrgKind) {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(organizations, eq(users.orgId, organizations.id))
    .where(and(eq(organizations.kind, kind), eq(users.isEnabled, true)));
  return rows.map((r) => r.id);
}

export async function listNotificationsOfUser(
  db: Executor,
  userId: string,
  params: { unreadOnly: boolean; before?: { createdAt: string; id: string }; limit: number },
) {
  return db
    .select({
      notification: notifications,
      cursorAt: sql<string>`to_char(${notifications.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        params.unreadOnly ? eq(notifications.isRead, false) : undefined,
        params.before
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (${params.before.createdAt}::timestamptz, ${params.before.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(params.limit);
}

export async function countUnreadOfUser(db: Executor, userId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.isRead, false)));
  return row.n;
}

/** Marks the user's own notifications read (all of them, or those of `ids`); returns how many changed. */
export async function markNotificationsOfUserRead(db: Executor, userId: string, ids: string[] | 'all') {
  const rows = await db
    .update(notifications)
    .set({ isRead: true })
    .where(
      and(
        eq(notifications.userId, userId),
        ne(notifications.isRead, true),
        ids === 'all' ? undefined : inArray(notifications.id, ids),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * Marks done (and read) every open notification of the given kinds that points at `link`: the thing it
 * asked someone to act on was acted on. Returns how many changed.
 */
export async function resolveNotificationsAt(db: Executor, link: string, kinds: readonly string[], now: Date) {
  if (kinds.length === 0) return 0;
  const rows = await db
    .update(notifications)
    .set({ resolvedAt: now, isRead: true })
    .where(and(eq(notifications.link, link), inArray(notifications.kind, [...kinds]), isNull(notifications.resolvedAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
