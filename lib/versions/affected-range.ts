/**
 * Which versions of a package a statement covers, as the advisory wrote it. `rangeContains` in
 * lib/versions decides, per ecosystem, whether a concrete version is inside.
 */
export type OsvEvent = { introduced: string } | { fixed: string } | { last_affected: string } | { limit: string };

export type AffectedRange =
  /** A vers range (`vers:npm/>=1.0.0|<1.2.3`), as CycloneDX VEX and CSAF product helpers give it. */
  | { kind: 'vers'; vers: string }
  /** OSV `affected[].ranges[]` of one type, plus the explicit `versions[]` list. GIT is stored, never matched. */
  | { kind: 'osv'; type: 'SEMVER' | 'ECOSYSTEM' | 'GIT'; events: OsvEvent[]; versions: string[] }
  /** Exactly these versions (a CSAF product naming one version; an OpenVEX product purl with a version). */
  | { kind: 'exact'; versions: string[] }
  /** Every version of the product (a statement about the product with no version information). */
  | { kind: 'all' };

/** How sure a verdict is: `high` with an ecosystem comparator, `low` with the generic fallback. */
export type MatchConfidence = 'high' | 'low';

/** `null` contains: the range cannot be evaluated (GIT ranges, unparsable versions): never a match. */
export type RangeVerdict = { contains: boolean | null; confidence: MatchConfidence; reason?: string };
