import { PackageURL } from 'packageurl-js';

/** How an OSV ecosystem names a package as a purl: the type, and how the OSV name splits into namespace/name. */
type EcosystemMapping = { type: string; namespace?: string; split?: 'maven' | 'path' };

const ECOSYSTEMS: Readonly<Record<string, EcosystemMapping>> = {
  npm: { type: 'npm', split: 'path' },
  PyPI: { type: 'pypi' },
  Maven: { type: 'maven', split: 'maven' },
  Go: { type: 'golang', split: 'path' },
  'crates.io': { type: 'cargo' },
  RubyGems: { type: 'gem' },
  NuGet: { type: 'nuget' },
  Packagist: { type: 'composer', split: 'path' },
  Hex: { type: 'hex' },
  Pub: { type: 'pub' },
  Hackage: { type: 'hackage' },
  CRAN: { type: 'cran' },
  SwiftURL: { type: 'swift', split: 'path' },
  Debian: { type: 'deb', namespace: 'debian' },
  Ubuntu: { type: 'deb', namespace: 'ubuntu' },
  Alpine: { type: 'apk', namespace: 'alpine' },
};

/** Ecosystems whose `:release` suffix names a distribution release, kept as the purl's `distro` qualifier. */
const DISTRO_PREFIX: Readonly<Record<string, string>> = { Debian: 'debian', Ubuntu: 'ubuntu', Alpine: 'alpine' };

/**
 * The purl of an OSV package from its ecosystem and name (`Maven` `g:a` → `pkg:maven/g/a`,
 * `Debian:12` `openssl` → `pkg:deb/debian/openssl?distro=debian-12`), or null for an ecosystem
 * without a purl type (OSS-Fuzz, Linux, Red Hat…).
 */
export function purlFromEcosystem(ecosystem: string, name: string): string | null {
  const [base, ...suffix] = ecosystem.split(':');
  const mapping = ECOSYSTEMS[base];
  if (!mapping || name.trim() === '') return null;
  let namespace = mapping.namespace;
  let packageName = name;
  if (mapping.split === 'maven') {
    const [group, artifact, ...rest] = name.split(':');
    if (!artifact || rest.length > 0) return null;
    namespace = group;
    packageName = artifact;
  } else if (mapping.split === 'path') {
    const slash = name.lastIndexOf('/');
    if (slash > 0) {
      namespace = name.slice(0, slash);
      packageName = name.slice(slash + 1);
    }
  }
  const distro = distroOf(base, suffix);
  try {
    return new PackageURL(mapping.type, namespace, packageName, undefined, distro ? { distro } : undefined, undefined).toString();
  } catch {
    return null;
  }
}

/** The `distro` qualifier an ecosystem such as `Alpine:v3.16` implies (`alpine-3.16`), or null. */
export function distroOf(base: string, suffix: readonly string[]): string | null {
  const prefix = DISTRO_PREFIX[base];
  const release = suffix[0]?.trim();
  if (!prefix || !release) return null;
  return `${prefix}-${release.replace(/^v(?=\d)/, '')}`;
}
