import { compareDigitRuns, compareOrdinal } from './numeric-string';
import { defineScheme } from './version-scheme';

/**
 * The fallback for ecosystems without a comparator here: the version is split into runs of
 * digits and of letters (anything else only separates), digit runs compare as numbers, letter
 * runs case-insensitively, a digit run beats a letter run, and where one version goes on the
 * longer one is newer unless it goes on with letters (`1.0 < 1.0.1`, `1.0rc1 < 1.0`). A guess,
 * so every verdict it gives is `low` confidence.
 */
export const genericScheme = defineScheme<string[]>({
  name: 'generic',
  confidence: 'low',
  parse: (version) => (/[0-9A-Za-z]/.test(version) && !/\s/.test(version) ? segments(version) : null),
  compareParsed: (a, b) => compareSegments(a, b),
});

function segments(version: string): string[] {
  return version.toLowerCase().match(/\d+|[a-z]+/g) ?? [];
}

const isNumeric = (s: string): boolean => s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;

function compareSegments(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    const xn = isNumeric(x);
    const yn = isNumeric(y);
    if (xn !== yn) return xn ? 1 : -1;
    const r = xn ? compareDigitRuns(x, y) : compareOrdinal(x, y);
    if (r !== 0) return r;
  }
  if (a.length === b.length) return 0;
  const longer = a.length > b.length ? a : b;
  const sign = a.length > b.length ? 1 : -1;
  return isNumeric(longer[n]) ? sign : -sign;
}
