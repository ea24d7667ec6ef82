import crypto from 'node:crypto';

export const TOKEN_PREFIX = 'tlk_';

/** A new random token (256 bits) and what is stored of it: a SHA-256 hash and a display prefix. */
export function generateApiToken() {
  const token = TOKEN_PREFIX + crypto.randomBytes(32).toString('base64url');
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

// A fast hash is enough: tokens carry 256 bits of entropy, so there is nothing to brute-force.
export function hashApiToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

export function looksLikeApiToken(value: string): boolean {
  return /^tlk_[A-Za-z0-9_-]{43}$/.test(value);
}
