import { isTreeNumber } from '@/lib/log/bits';
import { equalBytes } from '@/lib/log/bytes';
import { EMPTY_ROOT, HASH_SIZE, nodeHash } from '@/lib/log/merkle';
import { countConsistencyProofHashes, planConsistency, planInclusion, type ProofStep } from '@/lib/log/proof-plan';

/**
 * Recomputes the root an inclusion proof leads to, with every intermediate step (for display).
 * Null when the proof cannot be valid for (index, size): wrong length, a hash that is not 32 bytes, index ≥ size.
 */
export function computeRootFromInclusionProof(
  leafHash: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
): { root: Uint8Array; steps: ProofStep[] } | null {
  const sides = planInclusion(index, size);
  if (sides === null || sides.length !== proof.length) return null;
  if (!isHash(leafHash) || !proof.every(isHash)) return null;
  let running = leafHash;
  const steps: ProofStep[] = [];
  sides.forEach((side, i) => {
    const sibling = proof[i];
    running = side === 'left' ? nodeHash(sibling, running) : nodeHash(running, sibling);
    steps.push({ side, sibling, result: running });
  });
  return { root: running, steps };
}

/** RFC 9162 §2.1.3.2: true when `proof` shows leaf `index` with `leafHash` is in the tree of `size` with `root`. */
export function verifyInclusion(
  leafHash: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!isHash(root)) return false;
  const computed = computeRootFromInclusionProof(leafHash, index, size, proof);
  return computed !== null && equalBytes(computed.root, root);
}

/**
 * RFC 9162 §2.1.4.2: true when `proof` shows the tree of `size1` with `root1` is a prefix of the tree of
 * `size2` with `root2`. Equal sizes need an empty proof and equal roots (the empty tree's root must be
 * SHA-256('')); a proof from size 0 to a larger size is rejected, as in transparency-dev/merkle.
 */
export function verifyConsistency(
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): boolean {
  if (!isTreeNumber(size1) || !isTreeNumber(size2) || size1 > size2) return false;
  if (!isBytes(root1) || !isBytes(root2)) return false;
  if (size1 === size2) {
    return proof.length === 0 && equalBytes(root1, root2) && (size1 > 0 || equalBytes(root1, EMPTY_ROOT));
  }
  const plan = planConsistency(size1, size2);
  if (plan === null || proof.length !== countConsistencyProofHashes(plan)) return false;
  if (!isHash(root1) || !isHash(root2) || !proof.every(isHash)) return false;
  const rest = plan.isSeedFirstRoot ? proof : proof.slice(1);
  let oldRoot = plan.isSeedFirstRoot ? root1 : proof[0];
  let newRoot = oldRoot;
  plan.steps.forEach((step, i) => {
    if (step === 'both-left') {
      oldRoot = nodeHash(rest[i], oldRoot);
      newRoot = nodeHash(rest[i], newRoot);
    } else {
      newRoot = nodeHash(newRoot, rest[i]);
    }
  });
  return equalBytes(oldRoot, root1) && equalBytes(newRoot, root2);
}

function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

function isHash(value: unknown): value is Uint8Array {
  return isBytes(value) && value.length === HASH_SIZE;
}
