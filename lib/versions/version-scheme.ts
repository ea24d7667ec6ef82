import type { MatchConfidence } from './affected-range';

/**
 * One ecosystem's version ordering. `compare` is only defined on versions `isValid` accepts;
 * callers check validity first, so an unparsable version never takes part in a verdict.
 */
export type VersionScheme = {
  name: string;
  /** `low` for the generic fallback: its order is a guess, not the ecosystem's rule. */
  confidence: MatchConfidence;
  isValid(version: string): boolean;
  /** Negative, zero or positive, as `a` sorts before, with or after `b`. */
  compare(a: string, b: string): number;
};
