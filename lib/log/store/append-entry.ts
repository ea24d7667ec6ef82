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
 * One entry without the check that `data` is its type's shape: for the log's own tests and
 * benchmarks, which exercise the tree with arbitrary entries. Services use {@link appendEntries}
 * (through the command runner).
 */
export async function unsafeAppendUntypedEntry(tx: Executor, input: UntypedAppendInput): Promise<AppendedEntry> {
  const [appended] = await unsafeAppendUntypedEntries(tx, [input]);
  return appended;
}

type UntypedAppendInput = Omit<EntryInput, 'actor' | 'data'> & { actor?: Actor | null; data: object; now?: Date };

/**
 * Appends entries to the transparency log inside the caller's transaction, in this order, so the
 * change and its entries commit together or not at all. The database functions `log_append` (one
 * entry) and `log_append_batch` (several, in one round trip) lock the single head row, which
 * serialises appends until commit: indexes stay dense (0, 1, 2, …) and consecutive within a call, and
 * the tree consistent. Call it as the last statement of the transaction to hold that lock as briefly
 * as possible; a change that logs hundreds of entries (an advisory collection's) holds it for one call.
 */
export function appendEntries(tx: Executor, inputs: readonly AppendInput[]): Promise<AppendedEntry[]> {
  return unsafeAppendUntypedEntries(tx, inputs);
}

/** {@link appendEntries} without the shape check (see {@link unsafeAppendUntypedEntry}). */
export async function unsafeAppendUntypedEntries(tx: Executor, inputs: readonly UntypedAppendInput[]): Promise<AppendedEntry[]> {
  if (inputs.length === 0) return [];
  const built = inputs.map((input) => {
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
    return { entry, text, expectedLeaf: toHex(leafHash(encodeUtf8(text))) };
  });
  // Prepared (db/client.ts): an unnamed statement would cost every logged transaction a describe
  // round trip first. One entry takes the single-entry function (most commands log one).
  const rows =
    built.length === 1
      ? await executePrepared<{ appended_index: string | number; appended_leaf_hash: Uint8Array }>(
          tx,
          sql`select appended_index, appended_leaf_hash from log_append(${built[0].text}, ${built[0].entry.type}, ${built[0].entry.subject.kind}, ${built[0].entry.subject.id})`,
        )
      : await executePrepared<{ appended_index: string | number; appended_leaf_hash: Uint8Array }>(
          tx,
          sql`select appended_index, appended_leaf_hash from log_append_batch(${JSON.stringify(built.map((b) => [b.text, b.entry.type, b.entry.subject.kind, b.entry.subject.id]))}::jsonb) order by appended_index`,
        );
  if (rows.length !== built.length) throw new Error(`log_append_batch appended ${rows.length} of ${built.length} entries`);
  return built.map((b, i) => {
    const storedLeaf = toHex(new Uint8Array(rows[i].appended_leaf_hash));
    if (storedLeaf !== b.expectedLeaf) throw new Error('log_append computed a different leaf hash than the application');
    return { index: Number(rows[i].appended_index), leafHash: storedLeaf, entry: b.text };
  });
}

// Dates become RFC 3339 strings and undefined fields are dropped, so entries are plain JSON.
function toJson(data: object): { [key: string]: JsonValue } {
  return JSON.parse(JSON.stringify(data)) as { [key: string]: JsonValue };
}
