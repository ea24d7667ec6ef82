import type { ParsedVers } from './parse-vers';

/**
 * Whether a valid `version` is inside a validated vers, by the spec's algorithm ("Checking if a
 * version is contained within a range"): equal to an `=`, `<=` or `>=` version is in, equal to a
 * `!=` one is out, otherwise the `<`/`>` bounds, in their sorted order, delimit the intervals.
 * `version` is the tested version as the vers type's scheme parsed it.
 */
export function versContains(vers: ParsedVers, version: unknown): boolean {
  if (vers.constraints === null) return true;
  const { scheme } = vers;
  const bounds = [];
  for (const c of vers.constraints) {
    const r = scheme.compareParsed(version, c.parsed);
    if (r === 0) {
      if (c.comparator === '=' || c.comparator === '<=' || c.comparator === '>=') return true;
      if (c.comparator === '!=') return false;
    }
    // `<` and `<=` bound the range from above, `>` and `>=` from below.
    if (c.comparator !== '=' && c.comparator !== '!=') bounds.push({ isUpperBound: c.comparator[0] === '<', r });
  }
  // Only exclusions (`vers:npm/!=1.2.3`) mean every other version; the spec's walk would leave
  // such a range empty, which no author means.
  if (vers.constraints.every((c) => c.comparator === '!=')) return true;
  if (bounds.length === 1) return bounds[0].isUpperBound ? bounds[0].r < 0 : bounds[0].r > 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const current = bounds[i];
    const next = bounds[i + 1];
    if (i === 0 && current.isUpperBound && current.r < 0) return true;
    if (i + 2 === bounds.length && !next.isUpperBound && next.r > 0) return true;
    if (!current.isUpperBound && next.isUpperBound && current.r > 0 && next.r < 0) return true;
  }
  return false;
}
