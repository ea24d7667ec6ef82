import { sha256WebCrypto } from '@/lib/log/browser-verify';
import { equalBytes, fromBase64, toHex } from '@/lib/log/bytes';
import { keyHashPreimage, parseVerifierKey, type VerifierKey } from '@/lib/log/verifier-key';

/**
 * What a reader typed into a verification form, checked before anything is fetched. A value that is not a
 * root hash or a key at all is a typing error, not evidence against the log: the page says so in neutral words
 * and keeps the red alarm for a real mismatch.
 */
export type InputCheck<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A root hash as 64 hex digits or the base64 of 32 bytes (a checkpoint's third line); the value is lowercase hex. */
export function checkRootHashInput(text: string): InputCheck<string> {
  const value = text.trim();
  if (value === '') return { ok: false, reason: 'it is empty' };
  if (/^[0-9a-fA-F]+$/.test(value)) {
    return value.length === 64 ? { ok: true, value: value.toLowerCase() } : { ok: false, reason: `it has ${value.length} hex digits, 64 expected` };
  }
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(value);
  } catch {
    return { ok: false, reason: 'it is neither 64 hex digits nor base64' };
  }
  return bytes.length === 32 ? { ok: true, value: toHex(bytes) } : { ok: false, reason: `it decodes to ${bytes.length} bytes, 32 expected` };
}

/**
 * A C2SP verifier key line `<name>+<8 hex key hash>+<base64 Ed25519 key>`, including the check that its key hash
 * belongs to its key (a line whose two halves disagree was mistyped or spliced: no log could match it).
 */
export async function checkVerifierKeyInput(line: string): Promise<InputCheck<VerifierKey>> {
  if (line.trim() === '') return { ok: false, reason: 'it is empty' };
  let key: VerifierKey;
  try {
    key = parseVerifierKey(line);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const computed = (await sha256WebCrypto(keyHashPreimage(key.keyName, key.publicKey))).slice(0, 4);
  if (!equalBytes(computed, key.keyHash)) {
    return { ok: false, reason: `its key hash ${toHex(key.keyHash)} does not belong to its key (that would be ${toHex(computed)})` };
  }
  return { ok: true, value: key };
}

/** An earlier tree size the reader typed: a whole number from 1 to the signed size. */
export function checkTreeSizeInput(size: number, signedSize: number): InputCheck<number> {
  if (!Number.isSafeInteger(size) || size < 1) return { ok: false, reason: 'it must be a whole number of at least 1' };
  if (size > signedSize) return { ok: false, reason: `the log has only ${signedSize} entries signed` };
  return { ok: true, value: size };
}
