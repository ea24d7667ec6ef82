/** Words taken from a search; more are ignored so one request cannot build a huge query. */
export const MAX_SEARCH_WORDS = 8;
/** Longest word kept; longer words are cut (a prefix still matches). */
export const MAX_SEARCH_WORD_LENGTH = 64;

// Letters, digits and the joiners PostgreSQL's parser keeps inside a token (`5.2.1`, `gNB-CU`, `foo_bar`).
// Everything else — tsquery operators, quotes, backslashes, colons — separates words and never reaches
// to_tsquery.
const SEPARATOR = /[^\p{L}\p{N}._-]+/u;
const EDGE_JOINERS = /^[._-]+|[._-]+$/g;

/** The words of a free-text search, lower-cased, without operators or quotes, at most {@link MAX_SEARCH_WORDS}. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.normalize('NFKC').split(SEPARATOR)) {
    const word = raw.replace(EDGE_JOINERS, '').toLowerCase().slice(0, MAX_SEARCH_WORD_LENGTH).replace(EDGE_JOINERS, '');
    if (word && !words.includes(word)) words.push(word);
    if (words.length === MAX_SEARCH_WORDS) break;
  }
  return words;
}

/**
 * Hyphenated ASCII words such as `gnb-du` or `ra-gnbdu-x2`: PostgreSQL's parser keeps them whole as
 * one lexeme (and adds their parts), so one prefix lookup of the whole word finds them. Given to
 * to_tsquery they would become the phrase `'gnb-du':* <-> 'gnb':* <-> 'du':*`, which matches the
 * same rows but costs the index a prefix scan per part (three to four times the time).
 * test/integration/registry.test.ts checks both claims against PostgreSQL.
 */
const WHOLE_HYPHENATED_WORD = /^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)+$/;

/** A registry search in PostgreSQL's terms: every word a prefix; both parts are ANDed. */
export type PrefixSearch = {
  /** A `to_tsquery('simple', …)` text: words PostgreSQL's parser may split (`'aurora':* & '5.2':*`). */
  parsed: string | null;
  /** A tsquery literal of hyphenated words matched whole (`'gnb-du':*`). */
  whole: string | null;
};

const prefixQuery = (words: string[]) => (words.length === 0 ? null : words.map((w) => `'${w}':*`).join(' & '));

/**
 * The search for `text`: every word a prefix. Each word is a single-quoted lexeme made only of
 * letters, digits, `.`, `-` and `_`, so user input can never inject tsquery syntax. Null when the
 * text has no words (no search).
 */
export function buildPrefixSearch(text: string): PrefixSearch | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const isWhole = (w: string) => WHOLE_HYPHENATED_WORD.test(w);
  return { parsed: prefixQuery(words.filter((w) => !isWhole(w))), whole: prefixQuery(words.filter(isWhole)) };
}
