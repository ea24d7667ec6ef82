import { and, asc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { users, sessions, apiTokens, loginAttempts } from '@/db/schema/users';
import { organizations } from '@/db/schema/organizations';

export type UserRow = typeof users.$inferSelect;

export async function insertUser(db: Executor, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row;
}

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

/** Locks the row for the caller's transaction when asked. */
export async function findUserById(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(users).where(eq(users.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

const actorColumns = {
  userId: users.id,
  email: users.email,
  name: users.name,
  isEnabled: users.isEnabled,
  orgRole: users.role,
  isPlatformAdmin: users.isPlatformAdmin,
  orgId: organizations.id,
  orgName: organizations.name,
  orgKind: organizations.kind,
};

/** The caller's current identity, joined fresh from users and organizations. */
export async function findActorRowByUserId(db: Executor, userId: string) {
  const [row] = await db
    .select(actorColumns)
    .from(users)
    .innerJoin(organizations, eq(users.orgId, organizations.id))
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function findActorRowBySession(db: Executor, sessionId: string, now: Date) {
  const [row] = await db
    .select(actorColumns)
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .innerJoin(organizations, eq(users.orgId, organizations.id))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
  return row ?? null;
}

export async function findActorRowByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ ...actorColumns, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(apiTokens.userId, users.id))
    .innerJoin(organizations, eq(users.orgId, organizations.id))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row ?? null;
}

export async function listOrgMembers(db: Executor, orgId: string) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      isEnabled: users.isEnabled,
      isPlatformAdmin: users.isPlatformAdmin,
      version: users.version,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.orgId, orgId))
    .orderBy(asc(users.name));
}

export async function updateUser(
  db: Executor,
  id: string,
  values: Partial<Pick<UserRow, 'role' | 'isEnabled' | 'name' | 'passwordHash'>>,
) {
  const [row] = await db
    .update(users)
    .set({ ...values, version: sql`${users.version} + 1` })
    .where(eq(users.id, id))
    .returning();
  return row ?? null;
}

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

export async function revokeSession(db: Executor, id: string, now: Date) {
  await db.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

export async function revokeUserSessions(db: Executor, userId: string, now: Date, exceptSessionId?: string) {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined,
      ),
    );
}

export async function insertLoginAttempt(db: Executor, values: typeof loginAttempts.$inferInsert) {
  await db.insert(loginAttempts).values(values);
}

/** Failed attempts since `since`, for an email and for a client address. */
export async function countRecentFailures(db: Executor, params: { email: string; address: string | null; since: Date }) {
  const [byEmail] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, params.email), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, params.since)));
  let byAddress = 0;
  if (params.address) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(loginAttempts)
      .where(
        and(
          sql`${loginAttempts.address} = ${params.address}::inet`,
          eq(loginAttempts.succeeded, false),
          gt(loginAttempts.at, params.since),
        ),
      );
    byAddress = row.n;
  }
  return { byEmail: byEmail.n, byAddress };
}

/** Names of the given users who belong to `orgId` (colleagues); users of other organisations are left out. */
export async function listNamesInOrg(db: Executor, orgId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.orgId, orgId), inArray(users.id, [...new Set(userIds)])));
}
