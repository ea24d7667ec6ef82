import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatContentDigest, parseContentDigest } from '@/lib/evidence/content-digest';
import { EvidenceError } from '@/lib/evidence/errors';

// RFC 9530 section 2 example: the digests of the body {"hello": "world"}.
const HELLO_SHA256_B64 = 'X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=';
const HELLO_SHA512_B64 =
  'WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==';
const HELLO_SHA256 = createHash('sha256').update('{"hello": "world"}').digest();

describe('parseContentDigest', () => {
  it.each([
    ['sha-256 alone', `sha-256=:${HELLO_SHA256_B64}:`],
    ['sha-256 after sha-512', `sha-512=:${HELLO_SHA512_B64}:, sha-256=:${HELLO_SHA256_B64}:`],
    ['sha-256 before sha-512, no space', `sha-256=:${HELLO_SHA256_B64}:,sha-512=:${HELLO_SHA512_B64}:`],
    ['tabs and surrounding spaces', `  sha-512=:${HELLO_SHA512_B64}:\t,\tsha-256=:${HELLO_SHA256_B64}:  `],
    ['parameters on the member', `sha-256=:${HELLO_SHA256_B64}:;note="x, y";n=1`],
    ['the same sha-256 twice', `sha-256=:${HELLO_SHA256_B64}:, sha-256=:${HELLO_SHA256_B64}:`],
    ['alongside other item types', `unixsum=30637, id=?1, tags=(a "b" 1.5);x, sha-256=:${HELLO_SHA256_B64}:`],
  ])('returns the sha-256 bytes: %s', (_label, header) => {
    const digest = parseContentDigest(header);

    expect(digest).toBeInstanceOf(Buffer);
    expect(digest!.equals(HELLO_SHA256)).toBe(true);
  });

  it.each([
    ['absent', undefined],
    ['null', null],
    ['empty', ''],
    ['blank', '   '],
    ['only sha-512', `sha-512=:${HELLO_SHA512_B64}:`],
    ['only legacy algorithms', 'md5=:XrY7u+Ae7tCTyyK7j1rNww==:, unixsum=30637'],
  ])('returns null (nothing to check) when %s', (_label, header) => {
    expect(parseContentDigest(header)).toBeNull();
  });

  it.each([
    ['a token, not a byte sequence', 'sha-256=abc'],
    ['a string, not a byte sequence', `sha-256="${HELLO_SHA256_B64}"`],
    ['a bare key (boolean)', 'sha-256'],
    ['invalid base64', 'sha-256=:not*base64!:'],
    ['unpadded base64', `sha-256=:${HELLO_SHA256_B64.slice(0, -1)}:`],
    ['16 bytes (an MD5)', 'sha-256=:XrY7u+Ae7tCTyyK7j1rNww==:'],
    ['64 bytes (a SHA-512)', `sha-256=:${HELLO_SHA512_B64}:`],
    ['an unterminated byte sequence', `sha-256=:${HELLO_SHA256_B64}`],
    ['a trailing comma', `sha-256=:${HELLO_SHA256_B64}:,`],
    ['an uppercase key', `SHA-256=:${HELLO_SHA256_B64}:`],
    ['hex instead of base64 in a token', `sha-256=${HELLO_SHA256.toString('hex')}`],
    ['free text', 'hello world'],
    ['garbage after a member', `sha-256=:${HELLO_SHA256_B64}: junk`],
    ['malformed member for another algorithm', `sha-512=:abc, sha-256=:${HELLO_SHA256_B64}:`],
    ['two different sha-256 values', `sha-256=:${HELLO_SHA256_B64}:, sha-256=:${Buffer.alloc(32).toString('base64')}:`],
  ])('refuses %s with 400 invalid_content_digest', (_label, header) => {
    let caught: unknown;
    try {
      parseContentDigest(header);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(EvidenceError);
    expect((caught as EvidenceError).code).toBe('invalid_content_digest');
    expect((caught as EvidenceError).status).toBe(400);
  });
});

describe('formatContentDigest', () => {
  it('formats the RFC 9530 example and parses back to the same bytes', () => {
    const header = formatContentDigest(HELLO_SHA256.toString('hex'));

    expect(header).toBe(`sha-256=:${HELLO_SHA256_B64}:`);
    expect(parseContentDigest(header)!.equals(HELLO_SHA256)).toBe(true);
  });

  it('refuses anything but a lowercase hex SHA-256', () => {
    expect(() => formatContentDigest('abc')).toThrow(TypeError);
    expect(() => formatContentDigest(HELLO_SHA256.toString('hex').toUpperCase())).toThrow(TypeError);
  });
});
