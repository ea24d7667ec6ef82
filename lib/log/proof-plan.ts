import { isOdd, isTreeNumber, shiftRight } from '@/lib/log/bits';

/** Where a proof hash goes when it is combined with the running hash: `left` means HASH(0x01 ‖ sibling ‖ running). */
export type SiblingSide = 'left' | 'right';

/**
 * One RFC 9162 §2.1.4.2 consistency step: `both-left` folds the proof hash in on the left of both running
 * hashes (old and new root), `new-right` folds it in on the right of the new-root hash only.
 */
export type ConsistencyStep = 'both-left' | 'new-right';

/** One fold of an inclusion proof: `result` = HASH(0x01 ‖ sibling ‖ previous) for `left`, the reverse for `right`. */
export type ProofStep = { side: SiblingSide; sibling: Uint8Array; result: Uint8Array };

/** One fold of a consistency proof with the running old-tree and new-tree hashes after it. */
export type ConsistencyProofStep = { step: ConsistencyStep; sibling: Uint8Array; oldRoot: Uint8Array; newRoot: Uint8Array };

export type ConsistencyPlan = { isSeedFirstRoot: boolean; steps: ConsistencyStep[] };

/**
 * The side of each inclusion-proof hash for leaf `index` in a tree of `size`, following RFC 9162 §2.1.3.2;
 * its length is the only valid proof length. Null when the index/size pair has no proof (index ≥ size).
 */
export function planInclusion(index: number, size: number): SiblingSide[] | null {
  if (!isTreeNumber(index) || !isTreeNumber(size) || index >= size) return null;
  const sides: SiblingSide[] = [];
  let fn = index;
  let sn = size - 1;
  while (sn > 0) {
    if (isOdd(fn) || fn === sn) {
      sides.push('left');
      while (!isOdd(fn) && fn !== 0) {
        fn = shiftRight(fn, 1);
        sn = shiftRight(sn, 1);
      }
    } else {
      sides.push('right');
    }
    fn = shiftRight(fn, 1);
    sn = shiftRight(sn, 1);
  }
  return sides;
}

/**
 * The steps of RFC 9162 §2.1.4.2 for 0 < size1 < size2: whether the first root seeds the computation
 * (size1 a power of two) or the first proof hash does, then one step per remaining proof hash.
 * Null for any other size pair (the equal-size and empty-tree cases are handled by the caller).
 */
export function planConsistency(size1: number, size2: number): ConsistencyPlan | null {
  if (!isTreeNumber(size1) || !isTreeNumber(size2) || size1 < 1 || size1 >= size2) return null;
  let fn = size1 - 1;
  let sn = size2 - 1;
  const isSeedFirstRoot = isPowerOfTwo(size1);
  while (isOdd(fn)) {
    fn = shiftRight(fn, 1);
    sn = shiftRight(sn, 1);
  }
  const steps: ConsistencyStep[] = [];
  while (sn > 0) {
    if (isOdd(fn) || fn === sn) {
      steps.push('both-left');
      while (!isOdd(fn) && fn !== 0) {
        fn = shiftRight(fn, 1);
        sn = shiftRight(sn, 1);
      }
    } else {
      steps.push('new-right');
    }
    fn = shiftRight(fn, 1);
    sn = shiftRight(sn, 1);
  }
  return { isSeedFirstRoot, steps };
}

/** The number of hashes a valid consistency proof for `plan` has. */
export function countConsistencyProofHashes(plan: ConsistencyPlan): number {
  return plan.steps.length + (plan.isSeedFirstRoot ? 0 : 1);
}

function isPowerOfTwo(n: number): boolean {
  let rest = n;
  while (rest > 1 && !isOdd(rest)) rest = shiftRight(rest, 1);
  return rest === 1;
}
