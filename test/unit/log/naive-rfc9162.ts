import { EMPTY_ROOT, nodeHash } from '@/lib/log/merkle';

// Straight transcription of RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1 over leaf hashes, for comparison.

function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

export function naiveRoot(leaves: Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leaves[0];
  const k = split(leaves.length);
  return nodeHash(naiveRoot(leaves.slice(0, k)), naiveRoot(leaves.slice(k)));
}

export function naivePath(m: number, leaves: Uint8Array[]): Uint8Array[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...naivePath(m, leaves.slice(0, k)), naiveRoot(leaves.slice(k))]
    : [...naivePath(m - k, leaves.slice(k)), naiveRoot(leaves.slice(0, k))];
}

function naiveSubproof(m: number, leaves: Uint8Array[], isWholeOldTree: boolean): Uint8Array[] {
  const n = leaves.length;
  if (m === n) return isWholeOldTree ? [] : [naiveRoot(leaves)];
  const k = split(n);
  return m <= k
    ? [...naiveSubproof(m, leaves.slice(0, k), isWholeOldTree), naiveRoot(leaves.slice(k))]
    : [...naiveSubproof(m - k, leaves.slice(k), false), naiveRoot(leaves.slice(0, k))];
}

export function naiveConsistencyProof(m: number, leaves: Uint8Array[]): Uint8Array[] {
  return naiveSubproof(m, leaves, true);
}
