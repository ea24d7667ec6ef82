import { JSON_CHAR } from '@/lib/json/char-codes';

/**
 * A one-pass check that `text` is RFC 8785 canonical JSON, for the plain texts log entries are made
 * of: printable-ASCII strings without escapes, safe integers, no whitespace, object keys in strictly
 * increasing order. Answers `true` only when the text is canonical for certain; for anything outside
 * that subset (escapes, other characters, fractions, exponents, large numbers) or anything malformed
 * it answers `null`, and the caller decides with the full parse and re-canonicalisation.
 *
 * Verifying a log checks every entry: this pass reads each character once, without building values.
 */
export function scanPlainCanonicalJson(text: string): true | null {
  const scanner = { text, at: 0 };
  try {
    return value(scanner) && scanner.at === text.length ? true : null;
  } catch {
    return null; // nesting deeper than the stack: let the full check decide
  }
}

type Scanner = { text: string; at: number };

const {
  openBrace: OPEN_BRACE,
  closeBrace: CLOSE_BRACE,
  openBracket: OPEN_BRACKET,
  closeBracket: CLOSE_BRACKET,
  quote: QUOTE,
  backslash: BACKSLASH,
  comma: COMMA,
  colon: COLON,
  minus: MINUS,
  dot: DOT,
  zero: ZERO,
  nine: NINE,
  lowerE: LOWER_E,
  upperE: UPPER_E,
  firstPrintable: FIRST_PRINTABLE,
  lastPrintable: LAST_PRINTABLE,
} = JSON_CHAR;
const MAX_SAFE_DIGITS = 15; // any 15-digit integer is safe; longer ones go to the full check

function value(s: Scanner): boolean {
  const c = s.text.charCodeAt(s.at);
  if (c === OPEN_BRACE) return object(s);
  if (c === OPEN_BRACKET) return array(s);
  if (c === QUOTE) return string(s) !== null;
  if (c === MINUS || (c >= ZERO && c <= NINE)) return integer(s);
  return literal(s, 'true') || literal(s, 'false') || literal(s, 'null');
}

function literal(s: Scanner, word: string): boolean {
  if (!s.text.startsWith(word, s.at)) return false;
  s.at += word.length;
  return true;
}

/** A string of printable ASCII other than `"` and `\`; returns its text (it needs no unescaping). */
function string(s: Scanner): string | null {
  const start = ++s.at;
  for (; s.at < s.text.length; s.at++) {
    const c = s.text.charCodeAt(s.at);
    if (c === QUOTE) return s.text.slice(start, s.at++);
    if (c < FIRST_PRINTABLE || c > LAST_PRINTABLE || c === BACKSLASH) return null;
  }
  return null;
}

/** `0` or `-?[1-9][0-9]*` of at most 15 digits: exactly how ECMAScript prints such a number. */
function integer(s: Scanner): boolean {
  if (s.text.charCodeAt(s.at) === MINUS) s.at++;
  const start = s.at;
  const first = s.text.charCodeAt(s.at);
  if (first === ZERO) {
    s.at++;
    if (s.text.charCodeAt(start - 1) === MINUS) return false; // -0 prints as 0
  } else {
    while (s.at < s.text.length) {
      const c = s.text.charCodeAt(s.at);
      if (c < ZERO || c > NINE) break;
      s.at++;
    }
    if (s.at === start || first < ZERO || first > NINE) return false;
  }
  if (s.at - start > MAX_SAFE_DIGITS) return false;
  const next = s.text.charCodeAt(s.at);
  return !(next === DOT || next === LOWER_E || next === UPPER_E || (next >= ZERO && next <= NINE));
}

function array(s: Scanner): boolean {
  s.at++;
  if (s.text.charCodeAt(s.at) === CLOSE_BRACKET) {
    s.at++;
    return true;
  }
  for (;;) {
    if (!value(s)) return false;
    const c = s.text.charCodeAt(s.at++);
    if (c === CLOSE_BRACKET) return true;
    if (c !== COMMA) return false;
  }
}

function object(s: Scanner): boolean {
  s.at++;
  if (s.text.charCodeAt(s.at) === CLOSE_BRACE) {
    s.at++;
    return true;
  }
  let previous: string | null = null;
  for (;;) {
    if (s.text.charCodeAt(s.at) !== QUOTE) return false;
    const key = string(s);
    // Printable ASCII: UTF-16 code-unit order is plain string order; equal keys are duplicates.
    if (key === null || (previous !== null && !(previous < key))) return false;
    previous = key;
    if (s.text.charCodeAt(s.at++) !== COLON || !value(s)) return false;
    const c = s.text.charCodeAt(s.at++);
    if (c === CLOSE_BRACE) return true;
    if (c !== COMMA) return false;
  }
}
