import { isTreeNumber } from '@/lib/log/bits';
import { concatBytes, encodeUtf8, equalBytes, toBase64, toHex } from '@/lib/log/bytes';
import { parseCheckpoint, type Checkpoint } from '@/lib/log/checkpoint';
import {
  countConsistencyProofHashes,
  planConsistency,
  planInclusion,
  type ConsistencyProofStep,
  type ProofStep,
} from '@/lib/log/proof-plan';
import { parseSignedNote } from '@/lib/log/signed-note';
import { keyHashPreimage, parseVerifierKey } from '@/lib/log/verifier-key';

// Runs in browsers: hashing and signatures go through globalThis.crypto.subtle only (the unit tests check the imports).

export type CheckStep = { label: string; ok: boolean; detail: string };

export type InclusionCheck = { ok: boolean; computedRoot: Uint8Array | null; steps: ProofStep[]; reason?: string };

export type ConsistencyCheck = { ok: boolean; steps: ConsistencyProofStep[]; reason?: string };

export type CheckpointSignatureCheck = { ok: boolean; checkpoint: Checkpoint | null; steps: CheckStep[] };

const HASH_SIZE = 32;
const ED25519_SIGNATURE_SIZE = 64;

/** SHA-256 of `data` with WebCrypto. */
export async function sha256WebCrypto(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(data)));
}

/** RFC 9162 leaf hash SHA-256(0x00 ‖ entryBytes) with WebCrypto. */
export async function computeLeafHashWebCrypto(entryBytes: Uint8Array): Promise<Uint8Array> {
  return sha256WebCrypto(concatBytes(new Uint8Array([0x00]), entryBytes));
}

/** RFC 9162 node hash SHA-256(0x01 ‖ left ‖ right) with WebCrypto. */
export async function computeNodeHashWebCrypto(left: Uint8Array, right: Uint8Array): Promise<Uint8Array> {
  return sha256WebCrypto(concatBytes(new Uint8Array([0x01]), left, right));
}

/** RFC 9162 §2.1.3.2 inclusion check with every fold recorded for display. Never throws for bad input. */
export async function verifyInclusionWebCrypto(
  leafHash: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): Promise<InclusionCheck> {
  const sides = planInclusion(index, size);
  if (sides === null) return { ok: false, computedRoot: null, steps: [], reason: `index ${index} is not below tree size ${size}` };
  if (sides.length !== proof.length) {
    return { ok: false, computedRoot: null, steps: [], reason: `proof has ${proof.length} hashes, ${sides.length} expected` };
  }
  if (![leafHash, root, ...proof].every(isHash)) {
    return { ok: false, computedRoot: null, steps: [], reason: 'every hash must be 32 bytes' };
  }
  const steps: ProofStep[] = [];
  let running = leafHash;
  for (const [i, side] of sides.entries()) {
    const sibling = proof[i];
    running = side === 'left' ? await computeNodeHashWebCrypto(sibling, running) : await computeNodeHashWebCrypto(running, sibling);
    steps.push({ side, sibling, result: running });
  }
  const ok = equalBytes(running, root);
  return { ok, computedRoot: running, steps, ...(ok ? {} : { reason: 'the proof leads to a different root' }) };
}

/** RFC 9162 §2.1.4.2 consistency check (same rules as `verifyConsistency`) with every fold recorded. */
export async function verifyConsistencyWebCrypto(
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): Promise<ConsistencyCheck> {
  if (!isTreeNumber(size1) || !isTreeNumber(size2) || size1 > size2) {
    return { ok: false, steps: [], reason: 'sizes must satisfy 0 ≤ size1 ≤ size2' };
  }
  if (size1 === size2) {
    const emptyRoot = await sha256WebCrypto(new Uint8Array(0));
    const ok = proof.length === 0 && equalBytes(root1, root2) && (size1 > 0 || equalBytes(root1, emptyRoot));
    return { ok, steps: [], ...(ok ? {} : { reason: 'equal sizes need an empty proof and equal roots' }) };
  }
  const plan = planConsistency(size1, size2);
  if (plan === null) return { ok: false, steps: [], reason: 'no consistency proof exists from the empty tree' };
  const expectedLength = countConsistencyProofHashes(plan);
  if (proof.length !== expectedLength) {
    return { ok: false, steps: [], reason: `proof has ${proof.length} hashes, ${expectedLength} expected` };
  }
  if (![root1, root2, ...proof].every(isHash)) return { ok: false, steps: [], reason: 'every hash must be 32 bytes' };
  const rest = plan.isSeedFirstRoot ? proof : proof.slice(1);
  let oldRoot = plan.isSeedFirstRoot ? root1 : proof[0];
  let newRoot = oldRoot;
  const steps: ConsistencyProofStep[] = [];
  for (const [i, step] of plan.steps.entries()) {
    const sibling = rest[i];
    if (step === 'both-left') {
      oldRoot = await computeNodeHashWebCrypto(sibling, oldRoot);
      newRoot = await computeNodeHashWebCrypto(sibling, newRoot);
    } else {
      newRoot = await computeNodeHashWebCrypto(newRoot, sibling);
    }
    steps.push({ step, sibling, oldRoot, newRoot });
  }
  if (!equalBytes(oldRoot, root1)) return { ok: false, steps, reason: 'the proof does not lead to the first root' };
  if (!equalBytes(newRoot, root2)) return { ok: false, steps, reason: 'the proof does not lead to the second root' };
  return { ok: true, steps };
}

/**
 * Verifies a signed checkpoint against a C2SP verifier key line with WebCrypto Ed25519 and parses it,
 * recording each check for display. Never throws for bad input.
 */
export async function verifyCheckpointSignatureWebCrypto(
  noteText: string,
  verifierKeyLine: string,
): Promise<CheckpointSignatureCheck> {
  const steps: CheckStep[] = [];
  const fail = (label: string, detail: string): CheckpointSignatureCheck => {
    steps.push({ label, ok: false, detail });
    return { ok: false, checkpoint: null, steps };
  };
  let key;
  try {
    key = parseVerifierKey(verifierKeyLine);
  } catch (error) {
    return fail('Read the verifier key', (error as Error).message);
  }
  steps.push({ label: 'Read the verifier key', ok: true, detail: `key ${key.keyName}, key hash ${toHex(key.keyHash)}` });
  const computedKeyHash = (await sha256WebCrypto(keyHashPreimage(key.keyName, key.publicKey))).slice(0, 4);
  if (!equalBytes(computedKeyHash, key.keyHash)) {
    return fail('Check the key hash', `SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key) starts with ${toHex(computedKeyHash)}`);
  }
  steps.push({ label: 'Check the key hash', ok: true, detail: `SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key) starts with ${toHex(computedKeyHash)}` });
  let note;
  try {
    note = parseSignedNote(noteText);
  } catch (error) {
    return fail('Read the signed note', (error as Error).message);
  }
  steps.push({ label: 'Read the signed note', ok: true, detail: `${note.signatures.length} signature line(s)` });
  const matching = note.signatures.filter((s) => s.keyName === key.keyName && equalBytes(s.keyHash, key.keyHash));
  if (matching.length === 0) return fail('Find the log key signature', `no signature by ${key.keyName}+${toHex(key.keyHash)}`);
  steps.push({ label: 'Find the log key signature', ok: true, detail: `${matching.length} signature(s) by ${key.keyName}` });
  const isValid = await verifyEd25519(key.publicKey, matching.map((s) => s.signature), encodeUtf8(note.text));
  if (!isValid) return fail('Verify the Ed25519 signature', 'the signature does not match the checkpoint text');
  steps.push({ label: 'Verify the Ed25519 signature', ok: true, detail: 'valid over the checkpoint text' });
  let checkpoint: Checkpoint;
  try {
    checkpoint = parseCheckpoint(note.text);
  } catch (error) {
    return fail('Read the checkpoint', (error as Error).message);
  }
  steps.push({
    label: 'Read the checkpoint',
    ok: true,
    detail: `origin ${checkpoint.origin}, ${checkpoint.size} entries, root ${toBase64(checkpoint.rootHash)}`,
  });
  return { ok: true, checkpoint, steps };
}

async function verifyEd25519(publicKey: Uint8Array, signatures: Uint8Array[], message: Uint8Array): Promise<boolean> {
  try {
    const key = await globalThis.crypto.subtle.importKey('raw', new Uint8Array(publicKey), { name: 'Ed25519' }, false, [
      'verify',
    ]);
    for (const signature of signatures) {
      if (signature.length !== ED25519_SIGNATURE_SIZE) return false;
      const isValid = await globalThis.crypto.subtle.verify({ name: 'Ed25519' }, key, new Uint8Array(signature), new Uint8Array(message));
      if (!isValid) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function isHash(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length === HASH_SIZE;
}
