import { SemVer } from 'semver';
import { defineScheme } from './version-scheme';

/**
 * Go module versions: SemVer with a `v` prefix (optional here, since OSV writes Go versions
 * without it), the `v1` and `v1.2` shorthands golang.org/x/mod/semver accepts, pseudo-versions
 * (`v0.0.0-20191109021931-daa7c04131f5`, ordinary pre-releases, so they sort by their timestamp)
 * and `+incompatible`, which is build metadata and so does not change the order.
 */
export const golangScheme = defineScheme<SemVer>({
  name: 'golang',
  confidence: 'high',
  parse: (version) => parseGo(version),
  compareParsed: (a, b) => a.compare(b),
});

const SHORTHAND = /^v?(\d+)(?:\.(\d+))?$/;

function parseGo(version: string): SemVer | null {
  const shorthand = SHORTHAND.exec(version);
  const text = shorthand ? `${shorthand[1]}.${shorthand[2] ?? '0'}.0` : version.replace(/^v/, '');
  if (!/^\d/.test(text)) return null;
  try {
    return new SemVer(text);
  } catch {
    return null;
  }
}
