import { ceilPowerOfTwo, countBits, countTrailingOnes, isTreeNumber, shiftRight } from '@/lib/log/bits';

/** A stored tree node: the hash of leaves [index·2^level, (index+1)·2^level). Level 0 is the leaf hash. */
export type NodeCoord = { level: number; index: number };

/** A half-open range of leaf indexes [start, end). */
export type LeafRange = { start: number; end: number };

/** The map key used for a node in `readNodes` results: `"<level>/<index>"`. */
export function nodeKey(coord: NodeCoord): string {
  return `${coord.level}/${coord.index}`;
}

/**
 * The complete subtrees whose hashes make up the right frontier of a tree of `size` leaves,
 * left to right (largest first), one per set bit of `size`. Equals `rangeCoords(0, size)`.
 */
export function frontierCoords(size: number): NodeCoord[] {
  assertTreeNumber(size, 'size');
  return rangeCoords(0, size);
}

/**
 * The nodes that become complete when leaf `leafIndex` is appended, bottom-up: the leaf itself
 * (level 0) and one more per trailing one bit of `leafIndex`.
 */
export function nodesCompletedByAppend(leafIndex: number): NodeCoord[] {
  assertTreeNumber(leafIndex, 'leafIndex');
  const coords: NodeCoord[] = [];
  const top = countTrailingOnes(leafIndex);
  for (let level = 0; level <= top; level++) coords.push({ level, index: shiftRight(leafIndex, level) });
  return coords;
}

/**
 * Decomposes [start, end) into complete aligned nodes, left to right (largest first).
 * `start` must be a multiple of the smallest power of two ≥ `end - start` (or 0), which holds for every
 * range an RFC 9162 proof or tree head uses. Throws a `RangeError` otherwise.
 */
export function rangeCoords(start: number, end: number): NodeCoord[] {
  assertTreeNumber(start, 'start');
  assertTreeNumber(end, 'end');
  if (end < start) throw new RangeError(`range [${start}, ${end}) is reversed`);
  if (start % ceilPowerOfTwo(end - start) !== 0) {
    throw new RangeError(`range [${start}, ${end}) is not aligned`);
  }
  const coords: NodeCoord[] = [];
  let position = start;
  for (let level = countBits(end - start); level >= 0; level--) {
    const width = 2 ** level;
    if (end - position >= width) {
      coords.push({ level, index: position / width });
      position += width;
    }
  }
  return coords;
}

/** Throws a `RangeError` unless `value` is a non-negative safe integer. */
export function assertTreeNumber(value: number, name: string): void {
  if (!isTreeNumber(value)) throw new RangeError(`${name} must be a non-negative safe integer`);
}
