import { JSON_CHAR } from '@/lib/json/char-codes';

const { openBrace: OPEN_BRACE, openBracket: OPEN_BRACKET, closeBrace: CLOSE_BRACE, closeBracket: CLOSE_BRACKET, quote: QUOTE, backslash: BACKSLASH } =
  JSON_CHAR;

/**
 * Whether the `{`/`[` nesting of a JSON text goes deeper than `maxDepth`.
 * One pass over the bytes, no allocation, stops at the first level too deep,
 * so a depth bomb is refused before `JSON.parse` or any recursive walk sees
 * it. Brackets inside strings are skipped (UTF-8 continuation bytes never
 * equal these ASCII bytes); malformed JSON is left for `JSON.parse` to reject.
 */
export function exceedsJsonDepth(bytes: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let isInString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (isInString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) isInString = false;
    } else if (byte === QUOTE) {
      isInString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > maxDepth) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}
