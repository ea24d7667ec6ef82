import { describe, expect, it } from 'vitest';
import { ifMatchHolds, parseIfMatch } from '@/lib/http/if-match';

// RFC 9110 §13.1.1 (If-Match) and §8.8.3 (entity tags), read independently of the implementation.
describe('parseIfMatch', () => {
  it('is undefined when the header is absent', () => {
    expect(parseIfMatch(null)).toBeUndefined();
  });

  it('reads * as "any current representation"', () => {
    expect(parseIfMatch('*')).toEqual({ any: true });
    expect(parseIfMatch('  *  ')).toEqual({ any: true });
  });

  it('reads one strong or weak tag, and comma-separated lists with optional whitespace', () => {
    expect(parseIfMatch('"3"')).toEqual({ tags: [{ opaque: '3', isWeak: false }] });
    expect(parseIfMatch('W/"3"')).toEqual({ tags: [{ opaque: '3', isWeak: true }] });
    expect(parseIfMatch('"a", W/"b" ,"c"')).toEqual({
      tags: [
        { opaque: 'a', isWeak: false },
        { opaque: 'b', isWeak: true },
        { opaque: 'c', isWeak: false },
      ],
    });
    expect(parseIfMatch('""')).toEqual({ tags: [{ opaque: '', isWeak: false }] });
    expect(parseIfMatch('"stale-0"')).toEqual({ tags: [{ opaque: 'stale-0', isWeak: false }] });
  });

  it.each([
    ['an unquoted tag', '3'],
    ['a tag without its closing quote', '"3'],
    ['a lower-case weak prefix', 'w/"3"'],
    ['a quote inside the tag', '"a"b"'],
    ['a space inside the tag', '"a b"'],
    ['an empty header', ''],
    ['an empty list member', '"a",,"b"'],
    ['a trailing comma', '"a",'],
    ['* inside a list', '"a", *'],
    ['a control character', '"a\u0001"'],
  ])('is null (malformed → 400) for %s', (_what, raw) => {
    expect(parseIfMatch(raw)).toBeNull();
  });
});

describe('ifMatchHolds', () => {
  const holds = (raw: string, current: string) => ifMatchHolds(parseIfMatch(raw)!, current);

  it('* holds for any existing object', () => {
    expect(holds('*', '7')).toBe(true);
    expect(holds('*', 'anything')).toBe(true);
  });

  it('holds when one strong tag of the list equals the current tag', () => {
    expect(holds('"7"', '7')).toBe(true);
    expect(holds('"1", "7", "9"', '7')).toBe(true);
  });

  it('fails for a well-formed tag that differs (→ 412, never 400)', () => {
    expect(holds('"stale-0"', '7')).toBe(false);
    expect(holds('"6"', '7')).toBe(false);
    expect(holds('"1", "2"', '7')).toBe(false);
    expect(holds('"07"', '7')).toBe(false);
  });

  it('never matches a weak tag: If-Match uses the strong comparison', () => {
    expect(holds('W/"7"', '7')).toBe(false);
    expect(holds('W/"7", "8"', '7')).toBe(false);
    expect(holds('W/"7", "7"', '7')).toBe(true);
  });

  it('compares a bare version number (the portal forms\' shorthand) with the tag', () => {
    expect(ifMatchHolds(7, '7')).toBe(true);
    expect(ifMatchHolds(6, '7')).toBe(false);
  });
});
