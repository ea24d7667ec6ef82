import { concatBytes, encodeUtf8, fromBase64, fromHex } from '@/lib/log/bytes';
import { isValidKeyName } from '@/lib/log/signed-note';

/** The C2SP signature type byte for Ed25519. */
export const ED25519_KEY_TYPE = 0x01;

export const ED25519_PUBLIC_KEY_SIZE = 32;

export type VerifierKey = { keyName: string; keyHash: Uint8Array; publicKey: Uint8Array };

/**
 * Parses a C2SP verifier key line `<name>+<8 hex key hash>+<base64(0x01 ‖ 32-byte Ed25519 public key)>`.
 * Syntax only: the caller must check `keyHash` against `keyHashPreimage` (the Node and WebCrypto
 * verifiers do). Throws a `SyntaxError` on anything else.
 */
export function parseVerifierKey(line: string): VerifierKey {
  // Base64 may itself contain '+': only the first two separators split fields.
  const parts = line.trim().split('+');
  if (parts.length < 3) throw new SyntaxError('verifier key must have three +-separated fields');
  const [keyName, hashHex] = parts;
  const keyBase64 = parts.slice(2).join('+');
  if (!isValidKeyName(keyName)) throw new SyntaxError('verifier key has an invalid key name');
  if (!/^[0-9a-f]{8}$/.test(hashHex)) throw new SyntaxError('verifier key hash must be 8 lowercase hex digits');
  const key = fromBase64(keyBase64);
  if (key.length !== 1 + ED25519_PUBLIC_KEY_SIZE || key[0] !== ED25519_KEY_TYPE) {
    throw new SyntaxError('verifier key is not an Ed25519 key');
  }
  return { keyName, keyHash: fromHex(hashHex), publicKey: key.slice(1) };
}

/** The bytes whose SHA-256 starts with the key hash: key name ‖ 0x0A ‖ 0x01 ‖ public key. */
export function keyHashPreimage(keyName: string, publicKey: Uint8Array): Uint8Array {
  return concatBytes(encodeUtf8(keyName), new Uint8Array([0x0a, ED25519_KEY_TYPE]), publicKey);
}
