import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '../client';
import { apiTokens } from '@/db/schema/users';

export async function insertApiToken(db: Executor, values: typeof apiTokens.$inferInsert) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row;
}

export async function listApiTokensOfUser(db: Executor, userId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

/** One token by id, whoever owns it; locked for the caller's transaction. */
export async function findApiTokenForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id)).for('update');
  return row ?? null;
}

export async function revokeApiTokenOfUser(db: Executor, params: { id: string; userId: string; now: Date }) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: params.now })
    .where(and(eq(apiTokens.id, params.id), eq(apiTokens.userId, params.userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** Records use at minute precision, so a busy pipeline does not turn every API read into a write. */
export async function touchApiToken(db: Executor, id: string, now: Date) {
  const aMinuteAgo = new Date(now.getTime() - 60_000);
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, aMinuteAgo))));
}
