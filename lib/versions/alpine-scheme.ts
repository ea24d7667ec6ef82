import { compareDigitRuns, compareOrdinal } from './numeric-string';
import { defineScheme } from './version-scheme';

/**
 * Alpine's apk versions, `digit{.digit}{letter}{_suffix{digits}}{~hash}{-rN}` (apk-tools
 * src/version.c): numeric parts compared as numbers, except that a part with a leading zero
 * compares as a string; `_alpha _beta _pre _rc` < no suffix < `_cvs _svn _git _hg _p`; the
 * revision last (`-r18 > -r2`).
 */
export const alpineScheme = defineScheme<Token[]>({
  name: 'apk',
  confidence: 'high',
  parse: (version) => tokenize(version),
  compareParsed: (a, b) => compareTokens(a, b),
});

// The order of the kinds is the grammar's: each token must not be of an earlier kind than the
// one before it (digits may repeat, suffixes may repeat), and at the end a longer version is
// newer unless its next token is a pre-release suffix.
const INITIAL = 0;
const DIGIT = 1;
const LETTER = 2;
const SUFFIX = 3;
const SUFFIX_NO = 4;
const HASH = 5;
const REVISION = 6;
const END = 7;

const SUFFIXES = ['alpha', 'beta', 'pre', 'rc', '', 'cvs', 'svn', 'git', 'hg', 'p'];
const NO_SUFFIX = SUFFIXES.indexOf('');

type Token = { kind: number; text: string; suffix: number };

function tokenize(version: string): Token[] | null {
  const first = /^\d+/.exec(version);
  if (!first) return null;
  const tokens: Token[] = [{ kind: INITIAL, text: first[0], suffix: 0 }];
  let pos = first[0].length;
  let last = INITIAL;
  while (pos < version.length) {
    const rest = version.slice(pos);
    let m: RegExpExecArray | null;
    let token: Token;
    if ((m = /^[a-z]/.exec(rest)) && last <= DIGIT) {
      token = { kind: LETTER, text: m[0], suffix: 0 };
    } else if ((m = /^\.?(\d+)/.exec(rest)) && (last <= DIGIT || (last === SUFFIX && m[0][0] !== '.'))) {
      token = { kind: last === SUFFIX ? SUFFIX_NO : DIGIT, text: m[1], suffix: 0 };
    } else if ((m = /^_([a-z]*)/.exec(rest)) && last <= SUFFIX_NO) {
      const suffix = SUFFIXES.indexOf(m[1]);
      if (suffix === -1 || suffix === NO_SUFFIX) return null;
      token = { kind: SUFFIX, text: m[1], suffix };
    } else if ((m = /^~([0-9a-fA-F]+)/.exec(rest)) && last < HASH) {
      token = { kind: HASH, text: m[1], suffix: 0 };
    } else if ((m = /^-r(\d+)/.exec(rest)) && last < REVISION) {
      token = { kind: REVISION, text: m[1], suffix: 0 };
    } else {
      return null;
    }
    tokens.push(token);
    last = token.kind;
    pos += m[0].length;
  }
  return tokens;
}

function compareToken(a: Token, b: Token): number {
  switch (a.kind) {
    case DIGIT:
      if (a.text[0] === '0' || b.text[0] === '0') return compareOrdinal(a.text, b.text);
      return compareDigitRuns(a.text, b.text);
    case INITIAL:
    case SUFFIX_NO:
    case REVISION:
      return compareDigitRuns(a.text, b.text);
    case SUFFIX:
      return a.suffix - b.suffix;
    default:
      return compareOrdinal(a.text, b.text);
  }
}

function compareTokens(a: Token[], b: Token[]): number {
  let i = 0;
  for (; i < a.length && i < b.length && a[i].kind === b[i].kind; i++) {
    const r = compareToken(a[i], b[i]);
    if (r !== 0) return r;
  }
  const ta = a[i] ?? { kind: END, text: '', suffix: 0 };
  const tb = b[i] ?? { kind: END, text: '', suffix: 0 };
  if (ta.kind === tb.kind) return 0;
  if (ta.kind === SUFFIX && ta.suffix < NO_SUFFIX) return -1;
  if (tb.kind === SUFFIX && tb.suffix < NO_SUFFIX) return 1;
  return ta.kind > tb.kind ? -1 : 1;
}
