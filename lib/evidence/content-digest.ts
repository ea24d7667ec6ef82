import 'server-only';
import { EvidenceError } from './errors';
import { assertSha256Hex } from './sha256-hex';
import { parseDictionary, StructuredFieldSyntaxError, type DictionaryMember } from './structured-field-dictionary';

const SHA256_KEY = 'sha-256';

/**
 * Reads the SHA-256 from an RFC 9530 `Content-Digest` field value, e.g.
 * `sha-256=:X48E9q...=:, sha-512=:...:`.
 *
 * Returns the 32 digest bytes; null when the header is absent or empty or
 * names only algorithms we do not check (RFC 9530 lets a recipient ignore
 * those). Throws `EvidenceError('invalid_content_digest')` (400) for a value
 * that is not a structured-field Dictionary, a `sha-256` member that is not a
 * 32-byte Byte Sequence, or `sha-256` listed twice with different values —
 * stricter than "last one wins" on purpose, since two layers disagreeing about
 * the digest is exactly what this header exists to catch. Keys are
 * case-sensitive: `SHA-256=` is malformed, not ignored.
 */
export function parseContentDigest(header: string | null | undefined): Buffer | null {
  if (header === null || header === undefined || header.trim() === '') return null;
  let entries: ReturnType<typeof parseDictionary>;
  try {
    entries = parseDictionary(header.trim());
  } catch (error) {
    if (!(error instanceof StructuredFieldSyntaxError)) throw error;
    throw invalid(`Content-Digest is not a valid structured-field dictionary (${error.message}).`);
  }
  const digests = entries.filter(([key]) => key === SHA256_KEY).map(([, member]) => toSha256(member));
  if (digests.length === 0) return null;
  if (digests.some((digest) => !digest.equals(digests[0]))) {
    throw invalid('Content-Digest lists sha-256 more than once with different values.');
  }
  return digests[0];
}

function toSha256(member: DictionaryMember): Buffer {
  if (!('item' in member) || member.item.type !== 'bytes') {
    throw invalid('Content-Digest sha-256 must be a byte sequence, e.g. sha-256=:<base64>:');
  }
  if (member.item.value.length !== 32) {
    throw invalid(`Content-Digest sha-256 must be 32 bytes, got ${member.item.value.length}.`);
  }
  return member.item.value;
}

/** Formats a `Content-Digest` field value for a body with the given hex SHA-256. */
export function formatContentDigest(sha256Hex: string): string {
  assertSha256Hex(sha256Hex);
  return `${SHA256_KEY}=:${Buffer.from(sha256Hex, 'hex').toString('base64')}:`;
}

function invalid(detail: string): EvidenceError {
  return new EvidenceError('invalid_content_digest', detail);
}
