import * as nodeCrypto from 'node:crypto';
import { concatBytes, fromBase64, fromHex, toBase64, toHex, equalBytes } from '@/lib/log/bytes';
import { sha256 } from '@/lib/log/merkle';
import { isValidKeyName } from '@/lib/log/signed-note';
import { ED25519_KEY_TYPE, ED25519_PUBLIC_KEY_SIZE, keyHashPreimage } from '@/lib/log/verifier-key';

/** Signs note texts with one Ed25519 key. */
export type LogSigner = {
  keyName: string;
  keyHash: Uint8Array;
  publicKey: Uint8Array;
  /** The C2SP verifier key line to publish. */
  verifierKey: string;
  sign(message: Uint8Array): Uint8Array;
};

const PRIVATE_KEY_PREFIX = 'PRIVATE+KEY+';
const PKCS8_ED25519_PREFIX = fromHex('302e020100300506032b657004220420');
const SPKI_ED25519_PREFIX_LENGTH = 12;

/** The 4-byte C2SP key hash: SHA-256(keyName ‖ 0x0A ‖ 0x01 ‖ publicKey)[:4]. */
export function computeKeyHash(keyName: string, publicKey: Uint8Array): Uint8Array {
  return sha256(keyHashPreimage(keyName, publicKey)).slice(0, 4);
}

/** The C2SP verifier key line `<name>+<8 hex key hash>+<base64(0x01 ‖ publicKey)>`. */
export function formatVerifierKey(keyName: string, publicKey: Uint8Array): string {
  assertKeyName(keyName);
  if (publicKey.length !== ED25519_PUBLIC_KEY_SIZE) throw new RangeError('Ed25519 public keys are 32 bytes');
  const encodedKey = toBase64(concatBytes(new Uint8Array([ED25519_KEY_TYPE]), publicKey));
  return `${keyName}+${toHex(computeKeyHash(keyName, publicKey))}+${encodedKey}`;
}

/** A fresh Ed25519 key pair as raw bytes: the 32-byte private seed and the 32-byte public key. */
export function generateLogKey(): { seed: Uint8Array; publicKey: Uint8Array } {
  const { privateKey } = nodeCrypto.generateKeyPairSync('ed25519');
  const seed = new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_ED25519_PREFIX.length));
  return { seed, publicKey: derivePublicKey(seed) };
}

/** The Ed25519 public key of a 32-byte seed. */
export function derivePublicKey(seed: Uint8Array): Uint8Array {
  const publicKey = nodeCrypto.createPublicKey(nodeCrypto.createPrivateKey(importSeed(seed))).export({ format: 'der', type: 'spki' });
  return new Uint8Array(publicKey.subarray(SPKI_ED25519_PREFIX_LENGTH));
}

/**
 * The Go/C2SP note signer key string `PRIVATE+KEY+<name>+<8 hex key hash>+<base64(0x01 ‖ seed)>`.
 * It is a secret: store it like a password.
 */
export function formatLogPrivateKey(keyName: string, seed: Uint8Array): string {
  assertKeyName(keyName);
  const keyHash = computeKeyHash(keyName, derivePublicKey(seed));
  const encodedSeed = toBase64(concatBytes(new Uint8Array([ED25519_KEY_TYPE]), seed));
  return `${PRIVATE_KEY_PREFIX}${keyName}+${toHex(keyHash)}+${encodedSeed}`;
}

/**
 * Loads a signer from a `PRIVATE+KEY+…` string (as written by `formatLogPrivateKey` or Go's
 * `note.GenerateKey`). Throws a `SyntaxError` if it is malformed or its key hash does not match.
 */
export function loadLogSigner(privateKey: string): LogSigner {
  const text = privateKey.trim();
  if (!text.startsWith(PRIVATE_KEY_PREFIX)) throw new SyntaxError('private key must start with PRIVATE+KEY+');
  // Base64 may itself contain '+': only the first two separators split fields.
  const parts = text.slice(PRIVATE_KEY_PREFIX.length).split('+');
  if (parts.length < 3) throw new SyntaxError('private key must have name, key hash and key fields');
  const [keyName, hashHex] = parts;
  const keyBase64 = parts.slice(2).join('+');
  assertKeyName(keyName);
  if (!/^[0-9a-f]{8}$/.test(hashHex)) throw new SyntaxError('private key hash must be 8 lowercase hex digits');
  const key = fromBase64(keyBase64);
  if (key.length !== 33 || key[0] !== ED25519_KEY_TYPE) throw new SyntaxError('private key is not an Ed25519 seed');
  const seed = key.slice(1);
  const publicKey = derivePublicKey(seed);
  const keyHash = computeKeyHash(keyName, publicKey);
  if (!equalBytes(keyHash, fromHex(hashHex))) throw new SyntaxError('private key hash does not match its key');
  const nodeKey = nodeCrypto.createPrivateKey(importSeed(seed));
  return {
    keyName,
    keyHash,
    publicKey,
    verifierKey: formatVerifierKey(keyName, publicKey),
    sign: (message) => new Uint8Array(nodeCrypto.sign(null, message, nodeKey)),
  };
}

function importSeed(seed: Uint8Array): nodeCrypto.PrivateKeyInput {
  if (seed.length !== 32) throw new RangeError('Ed25519 seeds are 32 bytes');
  return { key: Buffer.from(concatBytes(PKCS8_ED25519_PREFIX, seed)), format: 'der', type: 'pkcs8' };
}

function assertKeyName(keyName: string): void {
  if (!isValidKeyName(keyName)) throw new SyntaxError('key names must be non-empty, without spaces or +');
}
