import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { badRequest } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { consistencyQuerySchema, inclusionQuerySchema, logEntriesQuerySchema } from '@/lib/validation/log';
import * as q from '@/db/queries/log';
import { runCommand } from '@/lib/kernel/run-command';
import { buildConsistencyProof, buildInclusionProof } from '@/lib/log/build-proof';
import { toHex } from '@/lib/log/bytes';
import { isPublicEntryType } from '@/lib/log/entry-types';
import { logSigner } from '@/lib/log/store/log-signer';
import { nodeReader } from '@/lib/log/store/read-nodes';
import { isEntryContentVisible, visibleSubjectKeys } from '@/lib/visibility/log-entries';
import { signCheckpointCommand, type CheckpointDto } from './commands/sign-checkpoint';

/**
 * The latest signed checkpoint (public). A checkpoint for the current size is signed and stored
 * the first time it is served, so consistency to any published size can be proven later.
 */
export async function getLatestCheckpoint(): Promise<CheckpointDto> {
  const db = await getDb();
  const head = await q.readLogHead(db);
  const stored = await q.selectLatestCheckpoint(db);
  if (stored && stored.size === head.size) {
    return { size: stored.size, rootHash: toHex(stored.rootHash), note: stored.note };
  }
  return runCommand(signCheckpointCommand, null, null, {});
}

/** The C2SP verifier key line of the log (public). */
export function getVerifierKey(): string {
  return logSigner().verifierKey;
}

async function currentSize(): Promise<number> {
  return (await q.readLogHead(await getDb())).size;
}

export type LogEntryDto = { index: number; leafHash: string; entry: string | null; type?: string };

/**
 * Entries [start, end) (at most 1000; `end` is cut to the log size). Leaf hashes are public; the
 * entry text only when the caller may see its subject (PRODUCT.md), else null.
 */
export async function getLogEntries(actor: Actor | null, query: unknown): Promise<{ entries: LogEntryDto[] }> {
  const { start, end } = parseInput(logEntriesQuerySchema, query);
  const size = await currentSize();
  if (start > size) throw badRequest(`start ${start} is beyond the log size ${size}.`);
  const db = await getDb();
  const rows = await q.selectLogEntries(db, start, Math.min(end, size));
  const visible = await visibleSubjectKeys(
    db,
    actor,
    rows.filter((r) => !isPublicEntryType(r.type)).map((r) => ({ kind: r.subjectKind, id: r.subjectId })),
  );
  return {
    entries: rows.map((r) => ({
      index: r.index,
      leafHash: toHex(r.leafHash),
      entry: isEntryContentVisible(r.type, { kind: r.subjectKind, id: r.subjectId }, visible) ? r.entry : null,
    })),
  };
}

/** An RFC 9162 inclusion proof of entry `index` in the tree of `treeSize` (public). */
export async function getInclusionProof(query: unknown) {
  const { index, treeSize } = parseInput(inclusionQuerySchema, query);
  const size = await currentSize();
  if (treeSize > size) throw badRequest(`treeSize ${treeSize} is beyond the log size ${size}.`);
  if (index >= treeSize) throw badRequest(`index must be less than treeSize (${treeSize}).`);
  const proof = await buildInclusionProof(index, treeSize, nodeReader(await getDb()));
  return {
    index,
    treeSize,
    leafHash: toHex(proof.leafHash),
    rootHash: toHex(proof.rootHash),
    proof: proof.proof.map(toHex),
  };
}

/** An RFC 9162 consistency proof between two tree sizes (public). */
export async function getConsistencyProof(query: unknown) {
  const { from, to } = parseInput(consistencyQuerySchema, query);
  const size = await currentSize();
  if (to > size) throw badRequest(`to ${to} is beyond the log size ${size}.`);
  if (from < 1) throw badRequest('from must be at least 1 (every tree is consistent with the empty tree).');
  const proof = await buildConsistencyProof(from, to, nodeReader(await getDb()));
  return {
    from,
    to,
    fromRoot: toHex(proof.fromRoot),
    toRoot: toHex(proof.toRoot),
    proof: proof.proof.map(toHex),
  };
}

/** Sizes and roots of every checkpoint ever served (public): what a verifier checks consistency against. */
export async function listCheckpoints() {
  const rows = await q.selectCheckpointSizes(await getDb());
  return { checkpoints: rows.map((r) => ({ size: r.size, rootHash: toHex(r.rootHash) })) };
}

/** The log entries about one subject, for history timelines (caller has already been authorised for it). */
export async function unsafeEntriesForSubject(kind: string, id: string) {
  const rows = await q.selectEntriesForSubject(await getDb(), kind, id);
  return rows.map((r) => ({ index: r.index, type: r.type, entry: r.entry, leafHash: toHex(r.leafHash), at: r.createdAt.toISOString() }));
}
