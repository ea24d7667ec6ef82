// Spreadsheets run a cell starting with one of these as a formula (CSV injection, OWASP). Leading
// apostrophes are counted in, so escaping adds exactly one and unescaping removes exactly one:
// the round trip is lossless even for text that already starts with "'=".
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/** Prefixes an apostrophe to text a spreadsheet would evaluate as a formula. */
export function escapeSpreadsheetFormula(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

/** Undoes {@link escapeSpreadsheetFormula}. */
export function unescapeSpreadsheetFormula(text: string): string {
  return text.startsWith("'") && FORMULA_LIKE.test(text.slice(1)) ? text.slice(1) : text;
}
