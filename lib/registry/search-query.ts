/** Words taken from a search; more are ignored so one request cannot build a huge query. */
export const MAX_SEARCH_WORDS = 8;
/** Longest word kept; longer words are cut (a prefix still matches). */
export const MAX_SEARCH_WORD_LENGTH = 64;

// Letters, digits and the joiners PostgreSQL's parser keeps inside a token (`5.2.1`, `gNB-CU`, `foo_bar`).
// Everything else — tsquery operators, quotes, backslashes, colons — separates words and never reaches
// the database.
const SEPARATOR = /[^\p{L}\p{N}._-]+/u;
const EDGE_JOINERS = /^[._-]+|[._-]+$/g;

/** The words of a free-text search, lower-cased, without operators or quotes, at most {@link MAX_SEARCH_WORDS}. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  // Lower-cased before splitting, because lower-casing `İ` gives `i` + U+0307 (the one case where it
  // adds a combining mark); that dot is dropped so `İzmir` is the word `izmir`.
  for (const raw of text.normalize('NFKC').toLowerCase().replace(/i\u0307/g, 'i').split(SEPARATOR)) {
    const word = raw.replace(EDGE_JOINERS, '').slice(0, MAX_SEARCH_WORD_LENGTH).replace(EDGE_JOINERS, '');
    if (word && !words.includes(word)) words.push(word);
    if (words.length === MAX_SEARCH_WORDS) break;
  }
  return words;
}

/**
 * What a registry search hands PostgreSQL: its words joined by spaces, for
 * `plainto_tsquery('simple', …)`. The parser splits them into lexemes the way it split the indexed
 * names, and each lexeme must be one of the stored prefixes of the certificate's words (migration
 * 0007), so every word matches as a prefix. Made only of letters, digits, `.`, `-`, `_` and spaces:
 * no tsquery syntax can reach the database. Null when the text has no words (no search).
 */
export function searchText(text: string): string | null {
  const words = searchWords(text);
  return words.length === 0 ? null : words.join(' ');
}
