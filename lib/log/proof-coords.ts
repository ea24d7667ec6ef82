import { findSplitPoint } from '@/lib/log/bits';
import { assertTreeNumber, type LeafRange } from '@/lib/log/node-coords';

/**
 * The leaf ranges whose subtree hashes form the RFC 9162 §2.1.3.1 inclusion proof PATH(index, D[0:size]),
 * in proof order (bottom-up). Throws a `RangeError` unless 0 ≤ index < size.
 */
export function inclusionProofCoords(index: number, size: number): LeafRange[] {
  assertTreeNumber(index, 'index');
  assertTreeNumber(size, 'size');
  if (index >= size) throw new RangeError(`index ${index} is not below tree size ${size}`);
  const ranges: LeafRange[] = [];
  let offset = 0;
  let m = index;
  let n = size;
  while (n > 1) {
    const k = findSplitPoint(n);
    if (m < k) {
      ranges.push({ start: offset + k, end: offset + n });
      n = k;
    } else {
      ranges.push({ start: offset, end: offset + k });
      offset += k;
      m -= k;
      n -= k;
    }
  }
  return ranges.reverse();
}

/**
 * The leaf ranges whose subtree hashes form the RFC 9162 §2.1.4.1 consistency proof PROOF(size1, D[0:size2]),
 * in proof order. Empty when size1 = size2. Throws a `RangeError` unless 1 ≤ size1 ≤ size2
 * (no proof is defined from the empty tree).
 */
export function consistencyProofCoords(size1: number, size2: number): LeafRange[] {
  assertTreeNumber(size1, 'size1');
  assertTreeNumber(size2, 'size2');
  if (size1 < 1) throw new RangeError('size1 must be at least 1');
  if (size1 > size2) throw new RangeError(`size1 ${size1} is above size2 ${size2}`);
  const ranges: LeafRange[] = [];
  let offset = 0;
  let m = size1;
  let n = size2;
  let isWholeOldTree = true;
  while (m !== n) {
    const k = findSplitPoint(n);
    if (m <= k) {
      ranges.push({ start: offset + k, end: offset + n });
      n = k;
    } else {
      ranges.push({ start: offset, end: offset + k });
      offset += k;
      m -= k;
      n -= k;
      isWholeOldTree = false;
    }
  }
  if (!isWholeOldTree) ranges.push({ start: offset, end: offset + m });
  return ranges.reverse();
}
