import { and, asc, desc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { logCheckpoints, logEntries, logHead, logNodes } from '@/db/schema/log';


export async function readLogHead(db: Executor) {
  const [head] = await db.select().from(logHead).where(eq(logHead.id, 1));
  return head;
}




export async function selectLogNodes(db: Executor, coords: { level: number; index: number }[]) {
  if (coords.length === 0) return [];
  const byLevel = new Map<number, number[]>();
  for (const c of coords) byLevel.set(c.level, [...(byLevel.get(c.level) ?? []), c.index]);
  const conditions = [...byLevel].map(([level, indexes]) => and(eq(logNodes.level, level), inArray(logNodes.index, indexes)));
  return db.select().from(logNodes).where(or(...conditions));
}

export async function selectLogEntries(db: Executor, start: number, end: number) {
  return db
    .select()
    .from(logEntries)
    .where(and(gte(logEntries.index, start), lt(logEntries.index, end)))
    .orderBy(asc(logEntries.index));
}

export async function selectEntriesForSubject(db: Executor, kind: string, id: string) {
  return db
    .select()
    .from(logEntries)
    .where(and(eq(logEntries.subjectKind, kind), eq(logEntries.subjectId, id)))
    .orderBy(asc(logEntries.index));
}

export async function selectLatestCheckpoint(db: Executor) {
  const [row] = await db.select().from(logCheckpoints).orderBy(desc(logCheckpoints.size)).limit(1);
  return row ?? null;
}

export async function selectCheckpointSizes(db: Executor) {
  return db.select({ size: logCheckpoints.size, rootHash: logCheckpoints.rootHash }).from(logCheckpoints).orderBy(asc(logCheckpoints.size));
}

export async function insertCheckpoint(db: Executor, values: typeof logCheckpoints.$inferInsert) {
  await db.insert(logCheckpoints).values(values).onConflictDoNothing();
}

export async function countLogEntries(db: Executor) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(logEntries);
  return row.n;
}
