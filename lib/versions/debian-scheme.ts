import { compareDigitRuns } from './numeric-string';
import { defineScheme } from './version-scheme';

/**
 * Debian's `[epoch:]upstream[-revision]` (Debian Policy §5.6.12, dpkg's verrevcmp): the epoch
 * first (`1:1.0 > 2.0`), then upstream and revision, each compared in alternating non-digit and
 * digit runs where `~` sorts before everything, even the end (`1.0~rc1 < 1.0`), and letters sort
 * before other characters.
 */
export const debianScheme = defineScheme<DebianVersion>({
  name: 'deb',
  confidence: 'high',
  parse: (version) => parseDebian(version),
  compareParsed: (a, b) => compareDebian(a, b),
});

type DebianVersion = { epoch: string; upstream: string; revision: string };

const UPSTREAM = /^[0-9A-Za-z][0-9A-Za-z.+~-]*$/;
const REVISION = /^[0-9A-Za-z.+~]+$/;

function parseDebian(version: string): DebianVersion | null {
  const colon = version.indexOf(':');
  const epoch = colon === -1 ? '0' : version.slice(0, colon);
  const rest = colon === -1 ? version : version.slice(colon + 1);
  const dash = rest.lastIndexOf('-');
  const upstream = dash === -1 ? rest : rest.slice(0, dash);
  const revision = dash === -1 ? '' : rest.slice(dash + 1);
  if (!/^\d+$/.test(epoch) || !UPSTREAM.test(upstream)) return null;
  if (dash !== -1 && !REVISION.test(revision)) return null;
  return { epoch, upstream, revision };
}

function compareDebian(a: DebianVersion, b: DebianVersion): number {
  return compareDigitRuns(a.epoch, b.epoch) || verrevcmp(a.upstream, b.upstream) || verrevcmp(a.revision, b.revision);
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** dpkg's weight of a non-digit character; the end of the string weighs 0, `~` less. */
function order(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return c;
  if (c === 126) return -1;
  return c + 256;
}

function verrevcmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigitAt(a, i)) || (j < b.length && !isDigitAt(b, j))) {
      const ac = isDigitAt(a, i) ? 0 : order(a, i);
      const bc = isDigitAt(b, j) ? 0 : order(b, j);
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    // The digit runs as numbers, in place: leading zeros skipped, then length, then digits.
    while (a.charCodeAt(i) === 48) i++;
    while (b.charCodeAt(j) === 48) j++;
    const si = i;
    const sj = j;
    while (isDigitAt(a, i)) i++;
    while (isDigitAt(b, j)) j++;
    if (i - si !== j - sj) return i - si - (j - sj);
    for (let k = 0; k < i - si; k++) {
      const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k);
      if (d !== 0) return d;
    }
  }
  return 0;
}
