import 'server-only';
import crypto from 'node:crypto';
import type { Executor } from '@/db/client';
import { insertLogEntry, insertLogNodes, lockLogHead, updateLogHead } from '@/db/queries/log';
import type { Actor } from '@/lib/authz/actor';
import { buildEntry, canonicalEntryText, type EntryInput, type JsonValue } from '@/lib/log/entry';
import { appendToFrontier } from '@/lib/log/frontier';
import { leafHash } from '@/lib/log/merkle';
import { encodeUtf8, fromHex, toHex } from '@/lib/log/bytes';

export type AppendInput = Omit<EntryInput, 'actor' | 'data'> & {
  actor?: Actor | null;
  data: Record<string, unknown>;
  now?: Date;
};

export type AppendedEntry = { index: number; leafHash: string; entry: string };

/**
 * Appends one entry to the transparency log inside the caller's transaction, so the change and its
 * entry commit together or not at all. Locks the single head row: concurrent appends queue there,
 * which keeps indexes dense (0, 1, 2, …) and the tree consistent.
 */
export async function appendEntry(tx: Executor, input: AppendInput): Promise<AppendedEntry> {
  const head = await lockLogHead(tx);
  const entry = buildEntry(
    {
      type: input.type,
      actor: input.actor ? { user: input.actor.userId, org: input.actor.orgId, orgKind: input.actor.orgKind } : null,
      subject: input.subject,
      data: toJson(input.data),
    },
    input.now ?? new Date(),
    (size) => crypto.randomBytes(size),
  );
  const text = canonicalEntryText(entry);
  const hash = leafHash(encodeUtf8(text));
  const { newNodes, newFrontier } = appendToFrontier(head.frontier.map(fromHex), head.size, hash);
  await insertLogEntry(tx, {
    index: head.size,
    leafHash: hash,
    entry: text,
    type: entry.type,
    subjectKind: entry.subject.kind,
    subjectId: entry.subject.id,
  });
  await insertLogNodes(tx, newNodes);
  await updateLogHead(tx, head.size + 1, newFrontier.map(toHex));
  return { index: head.size, leafHash: toHex(hash), entry: text };
}

// Dates become RFC 3339 strings and undefined fields are dropped, so entries are plain JSON.
function toJson(data: Record<string, unknown>): { [key: string]: JsonValue } {
  return JSON.parse(JSON.stringify(data)) as { [key: string]: JsonValue };
}
