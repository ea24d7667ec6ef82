import { LRUCache } from 'lru-cache';
import type { AffectedRange, RangeVerdict } from './affected-range';
import { compileOsvRange, osvContains, type CompiledOsvRange } from './osv-contains';
import { parseVers, type VersParseResult } from './parse-vers';
import { schemeForPurlType } from './schemes';
import { semverScheme } from './semver-scheme';
import { versContains } from './vers-contains';
import type { VersionScheme } from './version-scheme';

type OsvAffectedRange = Extract<AffectedRange, { kind: 'osv' }>;

// Matching tests many versions against the same few ranges: each range is parsed once. vers
// strings repeat across documents, so they are cached by text; OSV ranges by their object.
const versCache = new LRUCache<string, VersParseResult>({ max: 10_000 });
const osvCache = new WeakMap<OsvAffectedRange, CompiledOsvRange | { error: string }>();

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
  const parsed = scheme.parse(version);
  if (parsed === null) return unparsable(scheme, version);
  const contains = versions.some((listed) => {
    const other = scheme.parse(listed);
    return other !== null && scheme.compareParsed(parsed, other) === 0;
  });
  return { contains, confidence: scheme.confidence };
}

function versRangeContains(vers: string, version: string): RangeVerdict {
  let result = versCache.get(vers);
  if (result === undefined) {
    result = parseVers(vers);
    versCache.set(vers, result);
  }
  if (!result.ok) return { contains: null, confidence: 'low', reason: result.error };
  const { scheme, constraints } = result.vers;
  if (constraints === null) return { contains: true, confidence: 'high' };
  const parsed = scheme.parse(version);
  if (parsed === null) return unparsable(scheme, version);
  return { contains: versContains(result.vers, parsed), confidence: scheme.confidence };
}

function osvRangeContains(purlType: string, range: OsvAffectedRange, version: string): RangeVerdict {
  const scheme = range.type === 'SEMVER' ? semverScheme : schemeForPurlType(purlType);
  if (range.type === 'GIT') {
    // The commits are not evaluated, but OSV's versions[] list (OSS-Fuzz records enumerate the
    // tags a GIT range covers) still says which versions are affected.
    const listed = exactContains(scheme, range.versions, version);
    return listed.contains === true ? listed : { contains: null, confidence: 'low', reason: 'GIT ranges are not matched' };
  }
  if (range.versions.includes(version)) return { contains: true, confidence: 'high' };
  const parsed = scheme.parse(version);
  if (parsed === null) return unparsable(scheme, version);
  let compiled = osvCache.get(range);
  if (compiled === undefined || ('scheme' in compiled && compiled.scheme !== scheme)) {
    compiled = compileOsvRange(range, scheme);
    osvCache.set(range, compiled);
  }
  if ('error' in compiled) return { contains: null, confidence: scheme.confidence, reason: compiled.error };
  return { contains: osvContains(compiled, parsed), confidence: scheme.confidence };
}
