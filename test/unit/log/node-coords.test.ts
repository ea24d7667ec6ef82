import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleProof, coordsForRanges } from '@/lib/log/build-proof';
import { appendToFrontier, rootFromFrontier } from '@/lib/log/frontier';
import { createMemoryNodeStore } from '@/lib/log/memory-node-store';
import { EMPTY_ROOT, leafHash, rootFromLeafHashes } from '@/lib/log/merkle';
import { frontierCoords, nodeKey, nodesCompletedByAppend, rangeCoords } from '@/lib/log/node-coords';
import { consistencyProofCoords, inclusionProofCoords } from '@/lib/log/proof-coords';
import { toHex } from '@/lib/log/bytes';

const leafOf = (i: number) => leafHash(new TextEncoder().encode(String(i)));

describe('node coordinates', () => {
  it('lists the frontier, largest subtree first', () => {
    expect(frontierCoords(0)).toEqual([]);
    expect(frontierCoords(1)).toEqual([{ level: 0, index: 0 }]);
    expect(frontierCoords(6)).toEqual([
      { level: 2, index: 0 },
      { level: 1, index: 2 },
    ]);
    expect(frontierCoords(13)).toEqual([
      { level: 3, index: 0 },
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
  });

  it('lists the nodes an append completes, bottom-up', () => {
    expect(nodesCompletedByAppend(0)).toEqual([{ level: 0, index: 0 }]);
    expect(nodesCompletedByAppend(7)).toEqual([
      { level: 0, index: 7 },
      { level: 1, index: 3 },
      { level: 2, index: 1 },
      { level: 3, index: 0 },
    ]);
    expect(nodesCompletedByAppend(10)).toEqual([{ level: 0, index: 10 }]);
  });

  it('decomposes aligned ranges into complete nodes, including right-edge incomplete ranges', () => {
    expect(rangeCoords(8, 8)).toEqual([]);
    expect(rangeCoords(8, 16)).toEqual([{ level: 3, index: 1 }]);
    expect(rangeCoords(8, 13)).toEqual([
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
    expect(rangeCoords(0, 7)).toEqual(frontierCoords(7));
  });

  it('refuses unaligned, reversed and non-integer ranges', () => {
    expect(() => rangeCoords(2, 7)).toThrow(RangeError);
    expect(() => rangeCoords(6, 5)).toThrow(RangeError);
    expect(() => rangeCoords(0.5, 2)).toThrow(RangeError);
    expect(() => rangeCoords(-1, 2)).toThrow(RangeError);
  });

  it('keeps working above 2^32, where bitwise operators would wrap', () => {
    const size = 2 ** 40 + 2 ** 33 + 5;
    expect(frontierCoords(size)).toEqual([
      { level: 40, index: 0 },
      { level: 33, index: 2 ** 7 },
      { level: 2, index: (2 ** 40 + 2 ** 33) / 4 },
      { level: 0, index: 2 ** 40 + 2 ** 33 + 4 },
    ]);
    expect(nodesCompletedByAppend(2 ** 35 - 1).length).toBe(36);
    expect(inclusionProofCoords(size - 1, size).length).toBe(3);
    expect(inclusionProofCoords(0, size).length).toBe(41);
    expect(consistencyProofCoords(2 ** 33, size)).toEqual([
      { start: 2 ** 33, end: 2 ** 34 },
      { start: 2 ** 34, end: 2 ** 35 },
      ...Array.from({ length: 5 }, (_, i) => ({ start: 2 ** (35 + i), end: 2 ** (36 + i) })),
      { start: 2 ** 40, end: size },
    ]);
  });

  it('refuses proofs that do not exist', () => {
    expect(() => inclusionProofCoords(3, 3)).toThrow(RangeError);
    expect(() => inclusionProofCoords(0, 0)).toThrow(RangeError);
    expect(() => consistencyProofCoords(0, 3)).toThrow(RangeError);
    expect(() => consistencyProofCoords(4, 3)).toThrow(RangeError);
    expect(consistencyProofCoords(3, 3)).toEqual([]);
  });

  it('gives every proof element as a range that decomposes into stored nodes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 45 }), fc.double({ min: 0, max: 1, noNaN: true }), (size, fraction) => {
        const other = Math.min(size - 1, Math.floor(fraction * size));
        const elements = [...inclusionProofCoords(other, size), ...consistencyProofCoords(other + 1, size)];
        for (const { start, end } of elements) {
          const coords = rangeCoords(start, end);
          expect(coords.reduce((sum, c) => sum + 2 ** c.level, 0)).toBe(end - start);
          expect(coords.every((c) => (c.index + 1) * 2 ** c.level <= size)).toBe(true);
        }
      }),
    );
  });
});

describe('right frontier', () => {
  it('completes exactly the nodes nodesCompletedByAppend names, and matches the tree root', () => {
    let frontier: Uint8Array[] = [];
    const leaves: Uint8Array[] = [];
    for (let size = 0; size < 200; size++) {
      expect(toHex(rootFromFrontier(frontier, size))).toBe(toHex(rootFromLeafHashes(leaves)));
      const { newNodes, newFrontier } = appendToFrontier(frontier, size, leafOf(size));
      expect(newNodes.map(({ level, index }) => ({ level, index }))).toEqual(nodesCompletedByAppend(size));
      expect(newFrontier.length).toBe(frontierCoords(size + 1).length);
      frontier = newFrontier;
      leaves.push(leafOf(size));
    }
  });

  it('does not modify the frontier it is given', () => {
    const frontier = [leafOf(0)];
    appendToFrontier(frontier, 1, leafOf(1));
    expect(frontier).toEqual([leafOf(0)]);
  });

  it('refuses a frontier of the wrong length', () => {
    expect(() => appendToFrontier([], 1, leafOf(0))).toThrow(RangeError);
    expect(() => rootFromFrontier([leafOf(0)], 3)).toThrow(RangeError);
    expect(toHex(rootFromFrontier([], 0))).toBe(toHex(EMPTY_ROOT));
  });
});

describe('proof assembly', () => {
  it('names the missing node', () => {
    const store = createMemoryNodeStore();
    for (let i = 0; i < 5; i++) store.append(leafOf(i));
    const elements = coordsForRanges(inclusionProofCoords(0, 5));
    store.nodes.delete(nodeKey({ level: 1, index: 1 }));
    expect(() => assembleProof(elements, store.nodes)).toThrow('log node 1/1 is missing');
  });
});
