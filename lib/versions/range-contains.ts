import type { AffectedRange, RangeVerdict } from './affected-range';
import { osvContains } from './osv-contains';
import { parseVers } from './parse-vers';
import { schemeForPurlType } from './schemes';
import { semverScheme } from './semver-scheme';
import { versContains } from './vers-contains';
import type { VersionScheme } from './version-scheme';

/**
 * Whether `version` of a package of purl type `purlType` is inside `range`, compared by the
 * ecosystem's own rules (a vers range by its vers type's). `contains: null` means the question
 * cannot be answered — a GIT range, an invalid vers, a version the scheme cannot parse — and is
 * never a match; `confidence: 'low'` marks a verdict of the generic fallback comparator.
 */
export function rangeContains(purlType: string, range: AffectedRange, version: string): RangeVerdict {
  switch (range.kind) {
    case 'all':
      return { contains: true, confidence: 'high' };
    case 'exact':
      return exactContains(schemeForPurlType(purlType), range.versions, version);
    case 'vers':
      return versRangeContains(range.vers, version);
    case 'osv':
      return osvRangeContains(purlType, range, version);
  }
}

function unparsable(scheme: VersionScheme, version: string): RangeVerdict {
  return { contains: null, confidence: scheme.confidence, reason: `"${version}" is not a valid ${scheme.name} version` };
}

function exactContains(scheme: VersionScheme, versions: string[], version: string): RangeVerdict {
  // The identical string needs no comparator; anything else needs the version to parse.
  if (versions.includes(version)) return { contains: true, confidence: 'high' };
  if (!scheme.isValid(version)) return unparsable(scheme, version);
  const contains = versions.some((listed) => scheme.isValid(listed) && scheme.compare(version, listed) === 0);
  return { contains, confidence: scheme.confidence };
}

function versRangeContains(vers: string, version: string): RangeVerdict {
  const parsed = parseVers(vers);
  if (!parsed.ok) return { contains: null, confidence: 'low', reason: parsed.error };
  const { scheme } = parsed.vers;
  if (parsed.vers.constraints === null) return { contains: true, confidence: 'high' };
  if (!scheme.isValid(version)) return unparsable(scheme, version);
  return { contains: versContains(parsed.vers, version), confidence: scheme.confidence };
}

function osvRangeContains(purlType: string, range: Extract<AffectedRange, { kind: 'osv' }>, version: string): RangeVerdict {
  if (range.type === 'GIT') return { contains: null, confidence: 'low', reason: 'GIT ranges are not matched' };
  const scheme = range.type === 'SEMVER' ? semverScheme : schemeForPurlType(purlType);
  if (range.versions.includes(version)) return { contains: true, confidence: 'high' };
  if (!scheme.isValid(version)) return unparsable(scheme, version);
  const verdict = osvContains(range, version, scheme);
  return verdict.contains === null
    ? { contains: null, confidence: scheme.confidence, reason: verdict.reason }
    : { contains: verdict.contains, confidence: scheme.confidence };
}
