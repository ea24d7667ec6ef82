const SHA256_HEX = /^[0-9a-f]{64}$/;

/** True for a lowercase hex SHA-256 digest, the only form used as a blob key. */
export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}

/** Throws a `TypeError` unless `value` is a lowercase hex SHA-256 digest. */
export function assertSha256Hex(value: string): void {
  if (!isSha256Hex(value)) throw new TypeError('Expected a lowercase hex SHA-256 digest');
}
