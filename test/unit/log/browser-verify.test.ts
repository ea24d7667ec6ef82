import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  computeLeafHashWebCrypto,
  verifyCheckpointSignatureWebCrypto,
  verifyConsistencyWebCrypto,
  verifyInclusionWebCrypto,
} from '@/lib/log/browser-verify';
import { fromHex, toHex } from '@/lib/log/bytes';
import { leafHash, nodeHash } from '@/lib/log/merkle';
import { hexBytes, vectors } from './load-vectors';

const tessera = vectors.tessera_testdata_log;

describe('WebCrypto inclusion', () => {
  it.each(vectors.inclusion_proofs)('verifies leaf $leaf_index in tree of $tree_size with its steps', async (vector) => {
    const result = await verifyInclusionWebCrypto(
      fromHex(vector.leaf_hash),
      vector.leaf_index,
      vector.tree_size,
      vector.path.map(fromHex),
      fromHex(vector.root),
    );
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => toHex(s.sibling))).toEqual(vector.path);
    let running = fromHex(vector.leaf_hash);
    for (const step of result.steps) {
      running = step.side === 'left' ? nodeHash(step.sibling, running) : nodeHash(running, step.sibling);
      expect(toHex(step.result)).toBe(toHex(running));
    }
    expect(toHex(result.computedRoot!)).toBe(vector.root);
  });

  it.each(vectors.proof_probes.inclusion.map((p, i) => ({ ...p, n: i })))('probe #$n $desc', async (probe) => {
    const result = await verifyInclusionWebCrypto(
      hexBytes(probe.leaf_hash),
      probe.leaf_index,
      probe.tree_size,
      probe.path.map(hexBytes),
      hexBytes(probe.root),
    );
    expect(result.ok).toBe(!probe.want_error);
  });

  it('hashes leaves like the Node code', async () => {
    const bytes = new TextEncoder().encode('{"v":1}');
    expect(toHex(await computeLeafHashWebCrypto(bytes))).toBe(toHex(leafHash(bytes)));
  });
});

describe('WebCrypto consistency', () => {
  it.each(vectors.proof_probes.consistency.map((p, i) => ({ ...p, n: i })))('probe #$n $desc', async (probe) => {
    const result = await verifyConsistencyWebCrypto(
      probe.size1,
      probe.size2,
      probe.path.map(hexBytes),
      hexBytes(probe.root1),
      hexBytes(probe.root2),
    );
    expect(result.ok).toBe(!probe.want_error);
  });
});

describe('WebCrypto checkpoint signatures', () => {
  it.each(tessera.checkpoints)('verifies the tessera checkpoint of size $size step by step', async ({ size, note }) => {
    const result = await verifyCheckpointSignatureWebCrypto(note, tessera.vkey);
    expect(result.ok).toBe(true);
    expect(result.checkpoint?.size).toBe(size);
    expect(result.steps.map((s) => [s.label, s.ok])).toEqual([
      ['Read the verifier key', true],
      ['Check the key hash', true],
      ['Read the signed note', true],
      ['Find the log key signature', true],
      ['Verify the Ed25519 signature', true],
      ['Read the checkpoint', true],
    ]);
  });

  it('stops at the failing step', async () => {
    const { note } = tessera.checkpoints[3];
    const forged = await verifyCheckpointSignatureWebCrypto(note.replace('\n3\n', '\n4\n'), tessera.vkey);
    expect(forged.ok).toBe(false);
    expect(forged.steps.at(-1)).toMatchObject({ label: 'Verify the Ed25519 signature', ok: false });
    const otherKey = await verifyCheckpointSignatureWebCrypto(note, vectors.signed_notes[1].vkey);
    expect(otherKey.steps.at(-1)).toMatchObject({ label: 'Find the log key signature', ok: false });
    const badKeyHash = await verifyCheckpointSignatureWebCrypto(note, tessera.vkey.replace('33d7b496', '33d7b497'));
    expect(badKeyHash.steps.at(-1)).toMatchObject({ label: 'Check the key hash', ok: false });
    const garbage = await verifyCheckpointSignatureWebCrypto('hello', tessera.vkey);
    expect(garbage.steps.at(-1)).toMatchObject({ label: 'Read the signed note', ok: false });
  });

  it.each(vectors.signed_notes)('accepts the published note $name', async (vector) => {
    const result = await verifyCheckpointSignatureWebCrypto(vector.note, vector.vkey);
    expect(result.steps.find((s) => s.label === 'Verify the Ed25519 signature')?.ok).toBe(true);
  });
});

describe('browser safety', () => {
  it('imports nothing from Node or the server, transitively', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(new URL(`../../../lib/log/${file}.ts`, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/\bBuffer\b|process\.|from 'node:|server-only|@\/db\//);
      for (const [, target] of source.matchAll(/^import (?!type )[^;]*from '@\/lib\/log\/([\w-]+)';$/gm)) visit(target);
    };
    visit('browser-verify');
    expect([...seen].sort()).toEqual(['bits', 'browser-verify', 'bytes', 'checkpoint', 'proof-plan', 'signed-note', 'verifier-key']);
  });
});
