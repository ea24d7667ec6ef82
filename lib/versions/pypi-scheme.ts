import { parse } from '@renovatebot/pep440';
import { defineScheme } from './version-scheme';

/**
 * PEP 440 (epochs, pre-, post- and dev-releases, local versions, the normalisations such as
 * `1.0RC1 == 1.0rc1` and `1.0-1 == 1.0.post1`). Renovate's maintained implementation parses and
 * normalises; the parsed version is turned once into packaging's sort key (`_cmpkey`), so a
 * comparison does not parse both versions again as the library's own `compare` does.
 */
export const pypiScheme = defineScheme<Key>({
  name: 'pypi',
  confidence: 'high',
  parse: (version) => {
    const parsed = parse(version) as unknown as Parsed | null;
    return parsed === null ? null : keyOf(parsed);
  },
  compareParsed: (a, b) => compareKeys(a, b),
});

type Segment = [string, number];
/** What the library's `parse` returns (its declared type is the `explain` shape). */
type Parsed = { epoch: number; release: number[]; pre: Segment | null; post: Segment | null; dev: Segment | null; local: (string | number)[] | null };
type KeyPart = number | string | KeyPart[];
type Key = KeyPart[];

function keyOf(p: Parsed): Key {
  const release = [...p.release];
  while (release.length > 0 && release[release.length - 1] === 0) release.pop();
  // 1.0.dev0 sorts before 1.0a0: a dev release without pre or post takes the lowest pre slot.
  const pre = p.pre ?? (!p.post && p.dev ? -Infinity : Infinity);
  const post = p.post ?? -Infinity;
  const dev = p.dev ?? Infinity;
  // Local segments: alphanumeric before numeric, alphanumeric lexically, numeric as numbers.
  const local = p.local ? p.local.map((s): KeyPart => (typeof s === 'number' ? [s, ''] : [-Infinity, s])) : -Infinity;
  return [p.epoch, release, pre, post, dev, local];
}

function compareKeys(a: KeyPart, b: KeyPart): number {
  if (a === b) return 0;
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = Array.isArray(a) ? a : [a];
    const y = Array.isArray(b) ? b : [b];
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      const r = compareKeys(x[i], y[i]);
      if (r !== 0) return r;
    }
    return x.length - y.length;
  }
  if (a === -Infinity || b === Infinity) return -1;
  if (a === Infinity || b === -Infinity) return 1;
  return a < b ? -1 : 1;
}
