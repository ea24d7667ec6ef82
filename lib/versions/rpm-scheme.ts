import { compareDigitRuns, compareOrdinal } from './numeric-string';
import { defineScheme } from './version-scheme';

/**
 * RPM's `[epoch:]version[-release]` (rpmvercmp of rpm 4.x): epoch first, then version and
 * release in alternating letter and digit segments where other characters only separate, digits
 * beat letters, `~` sorts before everything (`1.0~rc1 < 1.0`) and `^` after the base version but
 * before any further segment (`1.0 < 1.0^git1 < 1.0.1`). A missing release sorts before any
 * release, as rpm's own `rpm.vercmp` has it, which keeps the order total.
 */
export const rpmScheme = defineScheme<Evr>({
  name: 'rpm',
  confidence: 'high',
  parse: (version) => parseRpm(version),
  compareParsed: (a, b) => compareEvr(a, b),
});

type Evr = { epoch: string; version: string; release: string | null };

const PART = /^[0-9A-Za-z._+~^]+$/;

function parseRpm(text: string): Evr | null {
  const colon = text.indexOf(':');
  const epoch = colon === -1 ? '0' : text.slice(0, colon);
  const rest = colon === -1 ? text : text.slice(colon + 1);
  const dash = rest.lastIndexOf('-');
  const version = dash === -1 ? rest : rest.slice(0, dash);
  const release = dash === -1 ? null : rest.slice(dash + 1);
  if (!/^\d+$/.test(epoch) || !PART.test(version) || !/[0-9A-Za-z]/.test(version)) return null;
  if (release !== null && !PART.test(release)) return null;
  return { epoch, version, release };
}

function compareEvr(a: Evr, b: Evr): number {
  return compareDigitRuns(a.epoch, b.epoch) || rpmvercmp(a.version, b.version) || rpmvercmp(a.release ?? '', b.release ?? '');
}

const isAlpha = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isNum = (c: string): boolean => c >= '0' && c <= '9';
const isSeparator = (c: string): boolean => !isAlpha(c) && !isNum(c) && c !== '~' && c !== '^';

function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && isSeparator(a[i])) i++;
    while (j < b.length && isSeparator(b[j])) j++;
    const ca = a[i] ?? '';
    const cb = b[j] ?? '';
    if (ca === '~' || cb === '~') {
      if (ca !== '~') return 1;
      if (cb !== '~') return -1;
      i++;
      j++;
      continue;
    }
    if (ca === '^' || cb === '^') {
      if (ca === '') return -1;
      if (cb === '') return 1;
      if (ca !== '^') return 1;
      if (cb !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (ca === '' || cb === '') break;
    const numeric = isNum(ca);
    const test = numeric ? isNum : isAlpha;
    const si = i;
    const sj = j;
    while (i < a.length && test(a[i])) i++;
    while (j < b.length && test(b[j])) j++;
    // A digit segment against a letter one: digits are newer.
    if (j === sj) return numeric ? 1 : -1;
    const x = a.slice(si, i);
    const y = b.slice(sj, j);
    const r = numeric ? compareDigitRuns(x, y) : compareOrdinal(x, y);
    if (r !== 0) return r < 0 ? -1 : 1;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}
