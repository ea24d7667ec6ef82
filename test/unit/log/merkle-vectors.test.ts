import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildConsistencyProof, buildInclusionProof, rootAt } from '@/lib/log/build-proof';
import { fromHex, toHex } from '@/lib/log/bytes';
import { createMemoryNodeStore } from '@/lib/log/memory-node-store';
import { EMPTY_ROOT, hashRange, leafHash, nodeHash, rootFromLeafHashes } from '@/lib/log/merkle';
import { nodeKey, rangeCoords } from '@/lib/log/node-coords';
import { inclusionProofCoords } from '@/lib/log/proof-coords';
import { verifyConsistency, verifyInclusion } from '@/lib/log/verify-proof';
import { hexBytes, vectors } from './load-vectors';

const reference = vectors.reference_tree;
const referenceLeafHashes = reference.leaves.map((leaf) => leafHash(fromHex(leaf)));

function buildReferenceStore() {
  const store = createMemoryNodeStore();
  for (const hash of referenceLeafHashes) store.append(hash);
  return store;
}

describe('RFC 6962 hasher vectors', () => {
  it.each(vectors.rfc6962_hasher_vectors.vectors)('$desc', (vector) => {
    const got =
      vector.kind === 'empty_root'
        ? EMPTY_ROOT
        : vector.kind === 'leaf'
          ? leafHash(fromHex(vector.input_hex as string))
          : nodeHash(fromHex(vector.left_hex as string), fromHex(vector.right_hex as string));
    expect(toHex(got)).toBe(vector.want);
  });
});

describe('reference tree', () => {
  it('hashes the 8 leaves to the published leaf hashes', () => {
    expect(referenceLeafHashes.map(toHex)).toEqual(reference.leaf_hashes);
  });

  it.each(Object.entries(reference.roots))('has the published root for size %s', async (size, root) => {
    const n = Number(size);
    expect(toHex(rootFromLeafHashes(referenceLeafHashes.slice(0, n)))).toBe(root);
    expect(toHex(await rootAt(n, buildReferenceStore().readNodes))).toBe(root);
  });

  it('stores exactly the published complete node hashes', () => {
    const store = buildReferenceStore();
    const published = new Map<string, string>();
    reference.node_hashes_by_level.forEach((hashes, level) =>
      hashes.forEach((hash, index) => published.set(nodeKey({ level, index }), hash)),
    );
    expect(new Map([...store.nodes].map(([key, hash]) => [key, toHex(hash)]))).toEqual(published);
  });
});

describe('published inclusion proofs', () => {
  it.each(vectors.inclusion_proofs)('leaf $leaf_index in tree of $tree_size', async (vector) => {
    const proof = vector.path.map(fromHex);
    expect(verifyInclusion(fromHex(vector.leaf_hash), vector.leaf_index, vector.tree_size, proof, fromHex(vector.root))).toBe(true);
    const built = await buildInclusionProof(vector.leaf_index, vector.tree_size, buildReferenceStore().readNodes);
    expect(built.proof.map(toHex)).toEqual(vector.path);
    expect(toHex(built.leafHash)).toBe(vector.leaf_hash);
    expect(toHex(built.rootHash)).toBe(vector.root);
  });
});

describe('published consistency proofs', () => {
  it.each(vectors.consistency_proofs)('from $size1 to $size2', async (vector) => {
    const proof = vector.path.map(fromHex);
    expect(verifyConsistency(vector.size1, vector.size2, proof, fromHex(vector.root1), fromHex(vector.root2))).toBe(true);
    const built = await buildConsistencyProof(vector.size1, vector.size2, buildReferenceStore().readNodes);
    expect(built.proof.map(toHex)).toEqual(vector.path);
    expect(toHex(built.fromRoot)).toBe(vector.root1);
    expect(toHex(built.toRoot)).toBe(vector.root2);
  });
});

describe('transparency-dev golden probes', () => {
  it.each(vectors.proof_probes.inclusion.map((p, i) => ({ ...p, n: i })))(
    'inclusion #$n $desc (leaf $leaf_index, size $tree_size) → error: $want_error',
    (probe) => {
      const isValid = verifyInclusion(
        hexBytes(probe.leaf_hash),
        probe.leaf_index,
        probe.tree_size,
        probe.path.map(hexBytes),
        hexBytes(probe.root),
      );
      expect(isValid).toBe(!probe.want_error);
    },
  );

  it.each(vectors.proof_probes.consistency.map((p, i) => ({ ...p, n: i })))(
    'consistency #$n $desc ($size1 → $size2) → error: $want_error',
    (probe) => {
      const isValid = verifyConsistency(
        probe.size1,
        probe.size2,
        probe.path.map(hexBytes),
        hexBytes(probe.root1),
        hexBytes(probe.root2),
      );
      expect(isValid).toBe(!probe.want_error);
    },
  );
});

describe('accumulated subtree vectors (130 one-byte leaves)', () => {
  const store = createMemoryNodeStore();
  for (let i = 0; i < 130; i++) store.append(leafHash(new Uint8Array([i])));
  const hashOfRange = (start: number, end: number) =>
    hashRange(rangeCoords(start, end).map((coord) => store.nodes.get(nodeKey(coord)) as Uint8Array));
  const isValidSubtree = (start: number, end: number) =>
    start === 0 || start === end || start % 2 ** Math.ceil(Math.log2(end - start)) === 0;

  it('hashes every valid subtree range from stored nodes', () => {
    const digest = createHash('sha256');
    for (let end = 0; end <= 130; end++) {
      for (let start = 0; start <= end; start++) {
        if (isValidSubtree(start, end)) digest.update(`[${start}, ${end}) ${toHex(hashOfRange(start, end))}\n`);
      }
    }
    expect(digest.digest('hex')).toBe(vectors.accumulated_subtree_vectors.subtree_hash.want);
  });

  it('builds every inclusion proof inside every valid subtree', () => {
    const digest = createHash('sha256');
    for (let end = 0; end <= 130; end++) {
      for (let start = 0; start < end; start++) {
        if (!isValidSubtree(start, end)) continue;
        for (let index = start; index < end; index++) {
          const path = inclusionProofCoords(index - start, end - start).map((r) => hashOfRange(r.start + start, r.end + start));
          digest.update(`${index} [${start}, ${end})${path.map((h) => ` ${toHex(h)}`).join('')}\n`);
        }
      }
    }
    expect(digest.digest('hex')).toBe(vectors.accumulated_subtree_vectors.subtree_inclusion.want);
  });
});

describe('returned hashes', () => {
  it('are plain Uint8Arrays, so slice() copies instead of aliasing stored nodes', () => {
    for (const hash of [leafHash(new Uint8Array(3)), nodeHash(EMPTY_ROOT, EMPTY_ROOT), EMPTY_ROOT]) {
      expect(Object.getPrototypeOf(hash)).toBe(Uint8Array.prototype);
      const copy = hash.slice();
      copy[0] ^= 1;
      expect(copy[0]).not.toBe(hash[0]);
    }
  });
});
