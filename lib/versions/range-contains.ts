import type { AffectedRange, RangeVerdict } from './affected-range';

/**
 * Whether `version` of a package of purl type `purlType` is inside `range`.
 * CONTRACT STUB: the version-ranges work replaces this with the ecosystem comparators.
 */
export function rangeContains(purlType: string, range: AffectedRange, version: string): RangeVerdict {
  void purlType;
  if (range.kind === 'all') return { contains: true, confidence: 'high' };
  if (range.kind === 'exact') return { contains: range.versions.includes(version), confidence: 'low' };
  return { contains: null, confidence: 'low', reason: 'range evaluation not implemented yet' };
}
