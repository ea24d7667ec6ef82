import * as nodeCrypto from 'node:crypto';
import { concatBytes, encodeUtf8, equalBytes, fromHex } from '@/lib/log/bytes';
import { computeKeyHash, type LogSigner } from '@/lib/log/log-key';
import { assertNoteText, formatSignedNote, parseSignedNote, type SignedNote } from '@/lib/log/signed-note';
import { parseVerifierKey, type VerifierKey } from '@/lib/log/verifier-key';

export type NoteVerification = { ok: true; text: string; keyName: string } | { ok: false; reason: string };

const SPKI_ED25519_PREFIX = fromHex('302a300506032b6570032100');
const ED25519_SIGNATURE_SIZE = 64;

/** Signs `text` (non-empty, newline-terminated) with each signer and returns the C2SP signed note. */
export function signNote(text: string, signers: LogSigner | readonly LogSigner[]): string {
  assertNoteText(text);
  const message = encodeUtf8(text);
  const list = Array.isArray(signers) ? signers : [signers as LogSigner];
  return formatSignedNote(
    text,
    list.map((signer) => ({ keyName: signer.keyName, keyHash: signer.keyHash, signature: signer.sign(message) })),
  );
}

/**
 * Verifies a signed note against one C2SP verifier key line, per c2sp.org/signed-note: signatures from other
 * keys (another name or key hash) are ignored, every signature from this key must verify, and at least one
 * must be present. Never throws for bad input.
 */
export function verifySignedNote(noteText: string, verifierKeyLine: string): NoteVerification {
  let key: VerifierKey;
  let note: SignedNote;
  try {
    key = parseVerifierKey(verifierKeyLine);
  } catch (error) {
    return { ok: false, reason: `invalid verifier key: ${(error as Error).message}` };
  }
  if (!equalBytes(computeKeyHash(key.keyName, key.publicKey), key.keyHash)) {
    return { ok: false, reason: 'verifier key hash does not match its public key' };
  }
  try {
    note = parseSignedNote(noteText);
  } catch (error) {
    return { ok: false, reason: `malformed note: ${(error as Error).message}` };
  }
  const matching = note.signatures.filter((s) => s.keyName === key.keyName && equalBytes(s.keyHash, key.keyHash));
  if (matching.length === 0) return { ok: false, reason: `note has no signature by ${key.keyName}` };
  const publicKey = nodeCrypto.createPublicKey({
    key: Buffer.from(concatBytes(SPKI_ED25519_PREFIX, key.publicKey)),
    format: 'der',
    type: 'spki',
  });
  const message = encodeUtf8(note.text);
  for (const { signature } of matching) {
    if (signature.length !== ED25519_SIGNATURE_SIZE || !nodeCrypto.verify(null, message, publicKey, signature)) {
      return { ok: false, reason: `signature by ${key.keyName} does not verify` };
    }
  }
  return { ok: true, text: note.text, keyName: key.keyName };
}
