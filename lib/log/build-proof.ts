import { EMPTY_ROOT, hashRange } from '@/lib/log/merkle';
import { assertTreeNumber, nodeKey, rangeCoords, type LeafRange, type NodeCoord } from '@/lib/log/node-coords';
import { consistencyProofCoords, inclusionProofCoords } from '@/lib/log/proof-coords';

/**
 * Reads stored complete nodes in one batch. The result maps `nodeKey(coord)` to the node hash; a
 * missing coordinate makes the proof builders throw.
 */
export type ReadNodes = (coords: NodeCoord[]) => Promise<Map<string, Uint8Array>>;

export type InclusionProof = { index: number; treeSize: number; leafHash: Uint8Array; rootHash: Uint8Array; proof: Uint8Array[] };

export type ConsistencyProof = { from: number; to: number; fromRoot: Uint8Array; toRoot: Uint8Array; proof: Uint8Array[] };

/** The stored nodes needed for each range, in the same order. */
export function coordsForRanges(ranges: readonly LeafRange[]): NodeCoord[][] {
  return ranges.map((range) => rangeCoords(range.start, range.end));
}

/** The distinct coordinates of `coordsPerElement`, for a single batch read. */
export function collectCoords(coordsPerElement: readonly (readonly NodeCoord[])[]): NodeCoord[] {
  const unique = new Map<string, NodeCoord>();
  for (const coords of coordsPerElement) for (const coord of coords) unique.set(nodeKey(coord), coord);
  return [...unique.values()];
}

/**
 * Turns per-element node coordinates into hashes: each element is `hashRange` of its nodes looked up in
 * `nodeLookup` (keyed by `nodeKey`). Throws an `Error` naming the first missing node.
 */
export function assembleProof(
  coordsPerElement: readonly (readonly NodeCoord[])[],
  nodeLookup: ReadonlyMap<string, Uint8Array>,
): Uint8Array[] {
  return coordsPerElement.map((coords) =>
    hashRange(
      coords.map((coord) => {
        const hash = nodeLookup.get(nodeKey(coord));
        if (hash === undefined) throw new Error(`log node ${nodeKey(coord)} is missing from storage`);
        return hash;
      }),
    ),
  );
}

/**
 * Builds the inclusion proof of leaf `index` in the tree of `size`, with the leaf hash and root, from one
 * `readNodes` call of O(log size) nodes. Throws a `RangeError` unless 0 ≤ index < size.
 */
export async function buildInclusionProof(index: number, size: number, readNodes: ReadNodes): Promise<InclusionProof> {
  const elements = coordsForRanges(inclusionProofCoords(index, size));
  const leaf: NodeCoord = { level: 0, index };
  const rootCoords = rangeCoords(0, size);
  const nodes = await readNodes(collectCoords([...elements, [leaf], rootCoords]));
  const [leafHash, rootHash, ...proof] = assembleProof([[leaf], rootCoords, ...elements], nodes);
  return { index, treeSize: size, leafHash, rootHash, proof };
}

/**
 * Builds the consistency proof from the tree of `from` leaves to the tree of `to` leaves, with both roots,
 * from one `readNodes` call of O(log to) nodes. Throws a `RangeError` unless 1 ≤ from ≤ to.
 */
export async function buildConsistencyProof(from: number, to: number, readNodes: ReadNodes): Promise<ConsistencyProof> {
  const elements = coordsForRanges(consistencyProofCoords(from, to));
  const fromCoords = rangeCoords(0, from);
  const toCoords = rangeCoords(0, to);
  const nodes = await readNodes(collectCoords([...elements, fromCoords, toCoords]));
  const [fromRoot, toRoot, ...proof] = assembleProof([fromCoords, toCoords, ...elements], nodes);
  return { from, to, fromRoot, toRoot, proof };
}

/** The root of the tree of `size` leaves from its O(log size) frontier nodes (`EMPTY_ROOT` for 0, without a read). */
export async function rootAt(size: number, readNodes: ReadNodes): Promise<Uint8Array> {
  assertTreeNumber(size, 'size');
  if (size === 0) return EMPTY_ROOT.slice();
  const coords = rangeCoords(0, size);
  const nodes = await readNodes(coords);
  return assembleProof([coords], nodes)[0];
}
