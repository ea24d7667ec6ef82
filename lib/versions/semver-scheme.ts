import { SemVer } from 'semver';
import { defineScheme } from './version-scheme';

/**
 * SemVer 2.0 precedence (npm, Cargo, Hex, the `vers:semver` type and OSV `SEMVER` ranges), by the
 * `semver` package npm itself uses. Build metadata is ignored, as SemVer 2.0 §10 requires.
 */
export const semverScheme = defineScheme<SemVer>({
  name: 'semver',
  confidence: 'high',
  parse: (version) => parseSemver(version),
  compareParsed: (a, b) => a.compare(b),
});

function parseSemver(version: string): SemVer | null {
  // The constructor would trim surrounding whitespace; a version with any is not a version.
  if (/\s/.test(version)) return null;
  try {
    return new SemVer(version);
  } catch {
    return null;
  }
}
