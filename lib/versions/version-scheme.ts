import type { MatchConfidence } from './affected-range';

/**
 * One ecosystem's version ordering. A version is parsed once (`parse`, null when it is not a
 * version of this scheme) and compared parsed, so a range's bounds are parsed once however many
 * versions are tested against it; `isValid` and `compare` are the same on strings.
 */
export type VersionScheme<P = unknown> = {
  name: string;
  /** `low` for the generic fallback: its order is a guess, not the ecosystem's rule. */
  confidence: MatchConfidence;
  parse(version: string): P | null;
  /** Negative, zero or positive, as `a` sorts before, with or after `b`. */
  compareParsed(a: P, b: P): number;
  isValid(version: string): boolean;
  /** `compareParsed` on two strings; both must be valid. */
  compare(a: string, b: string): number;
};

type SchemeRules<P> = Pick<VersionScheme<P>, 'name' | 'confidence' | 'parse' | 'compareParsed'>;

export function defineScheme<P>(rules: SchemeRules<P>): VersionScheme<P> {
  const parseValid = (version: string): P => {
    const parsed = rules.parse(version);
    if (parsed === null) throw new Error(`"${version}" is not a valid ${rules.name} version`);
    return parsed;
  };
  return {
    ...rules,
    isValid: (version) => rules.parse(version) !== null,
    compare: (a, b) => rules.compareParsed(parseValid(a), parseValid(b)),
  };
}
