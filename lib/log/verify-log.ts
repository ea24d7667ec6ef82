import { fromHex, toHex } from '@/lib/log/bytes';
import { verifyCheckpoint } from '@/lib/log/checkpoint-signature';
import { isCanonicalJson } from '@/lib/log/entry';
import { pushToFrontier, rootFromFrontier } from '@/lib/log/frontier';
import { locateChangedLeaf, type FrontierSnapshot } from '@/lib/log/locate-changed-leaf';
import type { LogSource, LogSourceEntry, PublishedCheckpoint } from '@/lib/log/log-source';
import { leafHash } from '@/lib/log/merkle';
import { verifyConsistency } from '@/lib/log/verify-proof';

export type VerifyLogOptions = {
  /** Verify the checkpoint with this key line instead of the one the source serves. */
  pinnedVerifierKey?: string;
  expectedOrigin?: string;
  /** Checkpoints the caller saw earlier (e.g. saved by a previous run); checked like stored ones. */
  knownCheckpoints?: readonly PublishedCheckpoint[];
  /** Entries per `getEntries` call, at most (and by default) 1000. */
  pageSize?: number;
  onProgress?: (verifiedEntries: number, size: number) => void;
};

export type LogVerification =
  | { ok: true; size: number; root: string; readableEntries: number; checkedCheckpointSizes: number[] }
  | { ok: false; reason: string; firstBadIndex?: number };

const MAX_PAGE_SIZE = 1000;
const HASH_HEX_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Verifies a whole log without trusting its server: the checkpoint signature; dense indexes 0..n−1; that every
 * readable entry is RFC 8785 canonical JSON hashing to its leaf hash; that the root recomputed from all leaf
 * hashes is the signed one; and that every stored or known earlier checkpoint has the root the leaves give at
 * its size and a valid consistency proof to the latest. Names the first bad index when an entry or index is
 * wrong, and, when only the root differs, finds the first changed leaf by bisecting with consistency proofs
 * checked against the signed root. Memory: O(log n) for the root plus one frontier snapshot per page.
 * Errors thrown by the source (transport failures) propagate.
 */
export async function verifyLog(source: LogSource, options: VerifyLogOptions = {}): Promise<LogVerification> {
  const keyLine = options.pinnedVerifierKey ?? (await source.getVerifierKey());
  const verified = verifyCheckpoint(await source.getCheckpoint(), keyLine, options.expectedOrigin);
  if (!verified.ok) return { ok: false, reason: `checkpoint: ${verified.reason}` };
  const { size, rootHash } = verified.checkpoint;
  const signedRoot = toHex(rootHash);

  const earlier = [...((await source.getStoredCheckpoints?.()) ?? []), ...(options.knownCheckpoints ?? [])];
  const earlierRoots = collectEarlierRoots(earlier, size);
  if (typeof earlierRoots === 'string') return { ok: false, reason: earlierRoots };

  const recomputedRoots = new Map<number, string>();
  const snapshots: FrontierSnapshot[] = [{ size: 0, frontier: [] }];
  const frontier: Uint8Array[] = [];
  let count = 0;
  let readableEntries = 0;
  const pageSize = Math.min(Math.max(1, Math.floor(options.pageSize ?? MAX_PAGE_SIZE)), MAX_PAGE_SIZE);
  // The next page is requested while the current one is checked, so reading and hashing overlap.
  const fetchPage = (start: number) => (start < size ? source.getEntries(start, Math.min(start + pageSize, size)) : null);
  let pending = fetchPage(0);
  pending?.catch(() => {});
  for (let start = 0; start < size; start += pageSize) {
    const end = Math.min(start + pageSize, size);
    const page = await pending!;
    pending = fetchPage(start + pageSize);
    pending?.catch(() => {});
    for (const item of page) {
      if (count >= end) return { ok: false, reason: `asked for entries [${start}, ${end}) and got more` };
      const checked = checkEntry(item, count);
      if (typeof checked === 'string') return { ok: false, firstBadIndex: count, reason: checked };
      if (item.entry !== null) readableEntries++;
      pushToFrontier(frontier, count, checked);
      count++;
      if (earlierRoots.has(count)) recomputedRoots.set(count, toHex(rootFromFrontier(frontier, count)));
    }
    snapshots.push({ size: count, frontier: frontier.slice() });
    if (count < end) {
      const changed = await tryLocateChangedLeaf(source, snapshots, size, rootHash);
      return changed !== null && changed < count
        ? { ok: false, firstBadIndex: changed, reason: `leaf ${changed} differs from the signed tree, and entry ${count} is missing` }
        : { ok: false, firstBadIndex: count, reason: `entry ${count} is missing` };
    }
    options.onProgress?.(count, size);
  }

  if (toHex(rootFromFrontier(frontier, size)) !== signedRoot) {
    const reason = 'the root recomputed from the leaf hashes does not match the signed checkpoint';
    const changed = await tryLocateChangedLeaf(source, snapshots, size, rootHash);
    return changed === null
      ? { ok: false, reason: `${reason}; the server's proofs could not locate the changed leaf` }
      : { ok: false, firstBadIndex: changed, reason: `${reason}: leaf ${changed} differs from the signed tree` };
  }

  const checkedCheckpointSizes: number[] = [];
  for (const [earlierSize, earlierRoot] of [...earlierRoots].sort(([a], [b]) => a - b)) {
    const recomputed = earlierSize === 0 ? toHex(rootFromFrontier([], 0)) : (recomputedRoots.get(earlierSize) as string);
    if (recomputed !== earlierRoot) {
      return {
        ok: false,
        reason: `the checkpoint published for size ${earlierSize} has another root than the signed log's first ${earlierSize} leaves: the log was rewritten after it, or it was changed`,
      };
    }
    if (earlierSize === 0 || earlierSize === size) continue;
    const problem = await checkConsistency(source, earlierSize, size, recomputed, signedRoot);
    if (problem !== null) return { ok: false, reason: problem };
    checkedCheckpointSizes.push(earlierSize);
  }
  return { ok: true, size, root: signedRoot, readableEntries, checkedCheckpointSizes };
}

// Node's native hex codec: this loop runs once per leaf, and a million leaves must verify in seconds.
function decodeHex(hex: string): Uint8Array {
  const buffer = Buffer.from(hex, 'hex');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

async function tryLocateChangedLeaf(
  source: LogSource,
  snapshots: readonly FrontierSnapshot[],
  size: number,
  rootHash: Uint8Array,
): Promise<number | null> {
  try {
    return await locateChangedLeaf(source, snapshots, size, rootHash);
  } catch {
    return null;
  }
}

/** What is wrong with an entry, or, when nothing is, its leaf hash as bytes. */
function checkEntry(item: LogSourceEntry, expectedIndex: number): string | Uint8Array {
  if (item.index !== expectedIndex) {
    const what = typeof item.index === 'number' && item.index < expectedIndex ? 'a repeated or out-of-order' : 'a gap:';
    return `expected entry ${expectedIndex}, got ${what} index ${String(item.index)}`;
  }
  if (typeof item.leafHash !== 'string' || !HASH_HEX_PATTERN.test(item.leafHash)) {
    return `entry ${expectedIndex} has a malformed leaf hash`;
  }
  const stored = decodeHex(item.leafHash);
  if (item.entry === null) return stored;
  if (typeof item.entry !== 'string') return `entry ${expectedIndex} is neither text nor null`;
  const computed = leafHash(Buffer.from(item.entry, 'utf8'));
  if (!Buffer.from(computed.buffer, computed.byteOffset, computed.byteLength).equals(stored)) {
    return `entry ${expectedIndex} does not hash to its leaf hash`;
  }
  if (!isCanonicalJson(item.entry)) return `entry ${expectedIndex} is not RFC 8785 canonical JSON`;
  return stored;
}

function collectEarlierRoots(checkpoints: readonly PublishedCheckpoint[], size: number): Map<number, string> | string {
  const roots = new Map<number, string>();
  for (const checkpoint of checkpoints) {
    if (!Number.isSafeInteger(checkpoint.size) || checkpoint.size < 0 || !HASH_HEX_PATTERN.test(checkpoint.rootHash)) {
      return `malformed earlier checkpoint ${JSON.stringify(checkpoint)}`;
    }
    if (checkpoint.size > size) {
      return `an earlier checkpoint has ${checkpoint.size} entries but the latest only ${size}: the log was rolled back`;
    }
    const seen = roots.get(checkpoint.size);
    if (seen !== undefined && seen !== checkpoint.rootHash) {
      return `two checkpoints for size ${checkpoint.size} have different roots: the log forked`;
    }
    roots.set(checkpoint.size, checkpoint.rootHash);
  }
  return roots;
}

async function checkConsistency(
  source: LogSource,
  from: number,
  to: number,
  fromRoot: string,
  toRoot: string,
): Promise<string | null> {
  const response = await source.getConsistencyProof(from, to);
  if (response.from !== from || response.to !== to || response.fromRoot !== fromRoot || response.toRoot !== toRoot) {
    return `the consistency proof from ${from} to ${to} names other sizes or roots than the leaves give`;
  }
  if (!Array.isArray(response.proof) || !response.proof.every((hash) => HASH_HEX_PATTERN.test(hash))) {
    return `the consistency proof from ${from} to ${to} is malformed`;
  }
  const isValid = verifyConsistency(from, to, response.proof.map(fromHex), fromHex(fromRoot), fromHex(toRoot));
  return isValid ? null : `the consistency proof from ${from} to ${to} does not verify`;
}
