import 'server-only';
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { executePrepared, type Executor } from '@/db/client';
import type { EntryDraft } from '@/lib/log/entry-data';
import type { Actor } from '@/lib/authz/actor';
import { buildEntry, canonicalEntryText, type EntryInput, type JsonValue } from '@/lib/log/entry';
import { leafHash } from '@/lib/log/merkle';
import { encodeUtf8, toHex } from '@/lib/log/bytes';

/** An entry of one type with exactly that type's data (lib/log/entry-data.ts). */
export type AppendInput = EntryDraft & { now?: Date };

export type AppendedEntry = { index: number; leafHash: string; entry: string };

/**
 * Appends one entry to the transparency log inside the caller's transaction, so the change and its
 * entry commit together or not at all. The database function `log_append` locks the single head
 * row, which serialises appends until commit: indexes stay dense (0, 1, 2, …) and the tree consistent.
 * Call it as the last statement of the transaction to hold that lock as briefly as possible.
 */
export function appendEntry(tx: Executor, input: AppendInput): Promise<AppendedEntry> {
  return unsafeAppendUntypedEntry(tx, input);
}

/**
 * {@link appendEntry} without the check that `data` is its type's shape: for the log's own tests and
 * benchmarks, which exercise the tree with arbitrary entries. Services use `appendEntry` (through the
 * command runner).
 */
export async function unsafeAppendUntypedEntry(
  tx: Executor,
  input: Omit<EntryInput, 'actor' | 'data'> & { actor?: Actor | null; data: object; now?: Date },
): Promise<AppendedEntry> {
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
  const expectedLeaf = toHex(leafHash(encodeUtf8(text)));
  // Prepared (db/client.ts): an unnamed statement would cost every logged transaction a describe
  // round trip first.
  const [row] = await executePrepared<{ appended_index: string | number; appended_leaf_hash: Uint8Array }>(
    tx,
    sql`select appended_index, appended_leaf_hash from log_append(${text}, ${entry.type}, ${entry.subject.kind}, ${entry.subject.id})`,
  );
  const storedLeaf = toHex(new Uint8Array(row.appended_leaf_hash));
  if (storedLeaf !== expectedLeaf) throw new Error('log_append computed a different leaf hash than the application');
  return { index: Number(row.appended_index), leafHash: storedLeaf, entry: text };
}

// Dates become RFC 3339 strings and undefined fields are dropped, so entries are plain JSON.
function toJson(data: object): { [key: string]: JsonValue } {
  return JSON.parse(JSON.stringify(data)) as { [key: string]: JsonValue };
}
