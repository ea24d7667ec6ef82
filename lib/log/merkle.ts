import * as nodeCrypto from 'node:crypto';

export const HASH_SIZE = 32;

const LEAF_PREFIX = new Uint8Array([0x00]);
const NODE_PREFIX = new Uint8Array([0x01]);
const nodeScratch = new Uint8Array(1 + 2 * HASH_SIZE);
nodeScratch[0] = 0x01;

// crypto.hash (one-shot, noticeably faster than createHash for 65-byte inputs) exists from Node 20.12.
const hashOnce: ((data: Uint8Array) => Uint8Array) | null =
  typeof nodeCrypto.hash === 'function' ? (data) => asPlainBytes(nodeCrypto.hash('sha256', data, 'buffer')) : null;

// Buffer#slice returns a view, not a copy; hashes handed out are plain Uint8Arrays so that callers' slice() copies.
function asPlainBytes(buffer: Uint8Array): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** SHA-256 of the concatenation of `parts`. */
export function sha256(...parts: Uint8Array[]): Uint8Array {
  const hasher = nodeCrypto.createHash('sha256');
  for (const part of parts) hasher.update(part);
  return asPlainBytes(hasher.digest());
}

/** The root of the empty tree, SHA-256(''). */
export const EMPTY_ROOT: Uint8Array = Uint8Array.from(sha256());

/** RFC 9162 leaf hash: SHA-256(0x00 ‖ entryBytes). */
export function leafHash(entryBytes: Uint8Array): Uint8Array {
  if (hashOnce === null) return sha256(LEAF_PREFIX, entryBytes);
  const input = new Uint8Array(1 + entryBytes.length);
  input.set(entryBytes, 1);
  return hashOnce(input);
}

/** RFC 9162 interior node hash: SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  if (hashOnce === null || left.length !== HASH_SIZE || right.length !== HASH_SIZE) {
    return sha256(NODE_PREFIX, left, right);
  }
  nodeScratch.set(left, 1);
  nodeScratch.set(right, 1 + HASH_SIZE);
  return hashOnce(nodeScratch);
}

/** The RFC 9162 tree hash MTH over `leafHashes` (any count; 0 gives `EMPTY_ROOT`). */
export function rootFromLeafHashes(leafHashes: readonly Uint8Array[]): Uint8Array {
  if (leafHashes.length === 0) return EMPTY_ROOT.slice();
  let level = leafHashes.slice();
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(nodeHash(level[i], level[i + 1]));
    if (level.length % 2 === 1) next.push(level[level.length - 1]);
    level = next;
  }
  return level[0];
}

/**
 * Folds the hashes of the complete nodes of a range (as from `rangeCoords`, left to right) into the
 * range's tree hash, right to left as the tree does. An empty list gives `EMPTY_ROOT`.
 */
export function hashRange(nodeHashes: readonly Uint8Array[]): Uint8Array {
  if (nodeHashes.length === 0) return EMPTY_ROOT.slice();
  let hash = nodeHashes[nodeHashes.length - 1];
  for (let i = nodeHashes.length - 2; i >= 0; i--) hash = nodeHash(nodeHashes[i], hash);
  return hash;
}
