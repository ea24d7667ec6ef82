import { countSetBits, isOdd, shiftRight } from '@/lib/log/bits';
import { hashRange, nodeHash } from '@/lib/log/merkle';
import { assertTreeNumber, type NodeCoord } from '@/lib/log/node-coords';

export type HashedNode = NodeCoord & { hash: Uint8Array };

/**
 * Appends leaf number `size` (0-based) with `leafHash` to a tree of `size` leaves whose right frontier
 * (the hashes at `frontierCoords(size)`, left to right) is `frontierHashes`. Returns the nodes that became
 * complete (bottom-up, the leaf first; exactly `nodesCompletedByAppend(size)`) and the frontier of `size + 1`.
 * Does not modify its arguments.
 */
export function appendToFrontier(
  frontierHashes: readonly Uint8Array[],
  size: number,
  leafHash: Uint8Array,
): { newNodes: HashedNode[]; newFrontier: Uint8Array[] } {
  assertFrontier(frontierHashes, size);
  const newFrontier = frontierHashes.slice();
  const newNodes: HashedNode[] = [{ level: 0, index: size, hash: leafHash }];
  let hash = leafHash;
  let level = 0;
  for (let rest = size; isOdd(rest); rest = shiftRight(rest, 1)) {
    hash = nodeHash(newFrontier.pop() as Uint8Array, hash);
    level++;
    newNodes.push({ level, index: shiftRight(size, level), hash });
  }
  newFrontier.push(hash);
  return { newNodes, newFrontier };
}

/**
 * Appends leaf number `size` to `frontier` in place (the frontier of a tree of `size` leaves), for streaming
 * root computation where nothing is stored. Faster than `appendToFrontier`; the caller keeps size and frontier in step.
 */
export function pushToFrontier(frontier: Uint8Array[], size: number, leafHash: Uint8Array): void {
  let hash = leafHash;
  for (let rest = size; rest % 2 === 1; rest = (rest - 1) / 2) hash = nodeHash(frontier.pop() as Uint8Array, hash);
  frontier.push(hash);
}

/** The root of a tree of `size` leaves from its right frontier (`EMPTY_ROOT` for 0). */
export function rootFromFrontier(frontierHashes: readonly Uint8Array[], size: number): Uint8Array {
  assertFrontier(frontierHashes, size);
  return hashRange(frontierHashes);
}

function assertFrontier(frontierHashes: readonly Uint8Array[], size: number): void {
  assertTreeNumber(size, 'size');
  if (frontierHashes.length !== countSetBits(size)) {
    throw new RangeError(`a tree of ${size} leaves has ${countSetBits(size)} frontier hashes, got ${frontierHashes.length}`);
  }
}
