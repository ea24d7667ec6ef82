import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { networkFunctionFollows } from '@/db/schema/follows';
import { users } from '@/db/schema/users';

export async function listFollowedFunctions(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .select({ networkFunction: networkFunctionFollows.networkFunction })
    .from(networkFunctionFollows)
    .where(eq(networkFunctionFollows.userId, userId))
    .orderBy(asc(networkFunctionFollows.networkFunction));
  return rows.map((r) => r.networkFunction);
}

/** Adds a follow; following twice is harmless. Returns whether it was new. */
export async function insertFollow(db: Executor, userId: string, networkFunction: string): Promise<boolean> {
  const rows = await db.insert(networkFunctionFollows).values({ userId, networkFunction }).onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function deleteFollow(db: Executor, userId: string, networkFunction: string): Promise<boolean> {
  const rows = await db
    .delete(networkFunctionFollows)
    .where(and(eq(networkFunctionFollows.userId, userId), eq(networkFunctionFollows.networkFunction, networkFunction)))
    .returning();
  return rows.length > 0;
}

/** Enabled users following a network function. */
export async function listEnabledFollowerIds(db: Executor, networkFunction: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(networkFunctionFollows)
    .innerJoin(users, eq(networkFunctionFollows.userId, users.id))
    .where(and(eq(networkFunctionFollows.networkFunction, networkFunction), eq(users.isEnabled, true)));
  return rows.map((r) => r.id);
}
