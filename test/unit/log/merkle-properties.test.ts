import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConsistencyProof, buildInclusionProof, rootAt } from '@/lib/log/build-proof';
import { toHex } from '@/lib/log/bytes';
import { createMemoryNodeStore } from '@/lib/log/memory-node-store';
import { leafHash, rootFromLeafHashes } from '@/lib/log/merkle';
import { verifyConsistency, verifyInclusion } from '@/lib/log/verify-proof';
import { naiveConsistencyProof, naivePath, naiveRoot } from './naive-rfc9162';

const MAX_SIZE = 300;
const leaves = Array.from({ length: MAX_SIZE }, (_, i) => leafHash(new TextEncoder().encode(`leaf ${i}`)));
const store = createMemoryNodeStore();
for (const hash of leaves) store.append(hash);
const roots = Array.from({ length: MAX_SIZE + 1 }, (_, n) => naiveRoot(leaves.slice(0, n)));

const sizeAndIndex = fc.integer({ min: 1, max: MAX_SIZE }).chain((size) =>
  fc.record({ size: fc.constant(size), index: fc.integer({ min: 0, max: size - 1 }) }),
);
const sizePair = fc.integer({ min: 1, max: MAX_SIZE }).chain((size2) =>
  fc.record({ size1: fc.integer({ min: 1, max: size2 }), size2: fc.constant(size2) }),
);

function flipByte(proof: Uint8Array[], element: number, byte: number, bit: number): Uint8Array[] {
  return proof.map((hash, i) => {
    if (i !== element) return hash;
    const copy = hash.slice();
    copy[byte] ^= 1 << bit;
    return copy;
  });
}

describe('proof generation from stored nodes matches a naive RFC 9162 implementation', () => {
  it('roots for every size 0..300', async () => {
    for (let n = 0; n <= MAX_SIZE; n++) {
      expect(toHex(await rootAt(n, store.readNodes))).toBe(toHex(roots[n]));
      expect(toHex(rootFromLeafHashes(leaves.slice(0, n)))).toBe(toHex(roots[n]));
    }
  });

  it('inclusion proofs equal the naive PATH and verify', async () => {
    await fc.assert(
      fc.asyncProperty(sizeAndIndex, async ({ size, index }) => {
        const built = await buildInclusionProof(index, size, store.readNodes);
        expect(built.proof.map(toHex)).toEqual(naivePath(index, leaves.slice(0, size)).map(toHex));
        expect(toHex(built.rootHash)).toBe(toHex(roots[size]));
        expect(verifyInclusion(leaves[index], index, size, built.proof, roots[size])).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('consistency proofs equal the naive PROOF and verify', async () => {
    await fc.assert(
      fc.asyncProperty(sizePair, async ({ size1, size2 }) => {
        const built = await buildConsistencyProof(size1, size2, store.readNodes);
        expect(built.proof.map(toHex)).toEqual(naiveConsistencyProof(size1, leaves.slice(0, size2)).map(toHex));
        expect(verifyConsistency(size1, size2, built.proof, roots[size1], roots[size2])).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads O(log n) nodes in one batch per proof', async () => {
    let calls = 0;
    let largest = 0;
    const counting = async (coords: { level: number; index: number }[]) => {
      calls++;
      largest = Math.max(largest, coords.length);
      return store.readNodes(coords);
    };
    for (let size = 1; size <= MAX_SIZE; size += 7) {
      for (let index = 0; index < size; index += 5) await buildInclusionProof(index, size, counting);
      for (let size1 = 1; size1 <= size; size1 += 5) await buildConsistencyProof(size1, size, counting);
    }
    expect(calls).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(4 * Math.ceil(Math.log2(MAX_SIZE)));
  });
});

describe('tampered proofs do not verify', () => {
  it("inclusion: any flipped bit, a wrong index, a wrong size (with that size's root), a wrong root or leaf", async () => {
    await fc.assert(
      fc.asyncProperty(sizeAndIndex, fc.nat(), fc.nat(31), fc.nat(7), fc.integer({ min: 1, max: MAX_SIZE }), async (pair, element, byte, bit, delta) => {
        const { size, index } = pair;
        const { proof } = await buildInclusionProof(index, size, store.readNodes);
        if (proof.length > 0) {
          const tampered = flipByte(proof, element % proof.length, byte, bit);
          expect(verifyInclusion(leaves[index], index, size, tampered, roots[size])).toBe(false);
        }
        const wrongIndex = (index + delta) % size;
        if (wrongIndex !== index) expect(verifyInclusion(leaves[index], wrongIndex, size, proof, roots[size])).toBe(false);
        const wrongSize = 1 + ((size - 1 + delta) % MAX_SIZE);
        if (wrongSize !== size && index < wrongSize) {
          expect(verifyInclusion(leaves[index], index, wrongSize, proof, roots[wrongSize])).toBe(false);
        }
        expect(verifyInclusion(leaves[index], index, size, proof, roots[size - 1])).toBe(false);
        expect(verifyInclusion(leaves[(index + 1) % MAX_SIZE], index, size, proof, roots[size])).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("consistency: any flipped bit, a wrong size (with that size's root) or a wrong root", async () => {
    await fc.assert(
      fc.asyncProperty(sizePair, fc.nat(), fc.nat(31), fc.nat(7), fc.integer({ min: 1, max: MAX_SIZE }), async (pair, element, byte, bit, delta) => {
        const { size1, size2 } = pair;
        const { proof } = await buildConsistencyProof(size1, size2, store.readNodes);
        if (proof.length > 0) {
          const tampered = flipByte(proof, element % proof.length, byte, bit);
          expect(verifyConsistency(size1, size2, tampered, roots[size1], roots[size2])).toBe(false);
        }
        const wrongSize1 = 1 + ((size1 - 1 + delta) % size2);
        if (wrongSize1 !== size1) {
          expect(verifyConsistency(wrongSize1, size2, proof, roots[wrongSize1], roots[size2])).toBe(false);
        }
        const wrongSize2 = size1 + ((size2 - size1 + delta) % (MAX_SIZE - size1 + 1));
        if (wrongSize2 !== size2) {
          expect(verifyConsistency(size1, wrongSize2, proof, roots[size1], roots[wrongSize2])).toBe(false);
        }
        expect(verifyConsistency(size1, size2, proof, roots[size1 - 1], roots[size2])).toBe(false);
        if (size1 < size2) expect(verifyConsistency(size1, size2, proof, roots[size1], roots[size2 - 1])).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
