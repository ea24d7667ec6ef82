import { PackageURL } from 'packageurl-js';

/**
 * A package URL reduced to what identifies a package across documents: the type, namespace and
 * name as the purl specification normalises them (lower-cased where the type says so, PyPI's `_`
 * as `-`), the version as written, and the qualifiers that change identity (`distro`, `arch`).
 * `packageKey` is the version-less identity matching joins on.
 */
export type NormalizedPurl = {
  type: string;
  namespace: string | null;
  name: string;
  version: string | null;
  /** Only the identity-changing qualifiers, keys sorted. */
  qualifiers: Readonly<Record<string, string>>;
  /** `pkg:type/namespace/name` — no version, no qualifiers. */
  packageKey: string;
  /** The whole purl in canonical form (with version and kept qualifiers). */
  canonical: string;
};

/** Qualifiers that name a different build of the package rather than where it was fetched from. */
const IDENTITY_QUALIFIERS = ['arch', 'distro', 'os', 'classifier', 'type'] as const;

/** Parses and normalises a purl; null when the text is not a valid package URL. */
export function normalizePurl(text: string): NormalizedPurl | null {
  let parsed: PackageURL;
  try {
    parsed = PackageURL.fromString(text.trim());
  } catch {
    return null;
  }
  const qualifiers: Record<string, string> = {};
  for (const key of IDENTITY_QUALIFIERS) {
    const value = parsed.qualifiers?.[key];
    if (typeof value === 'string' && value !== '') qualifiers[key] = value;
  }
  const namespace = parsed.namespace ? parsed.namespace : null;
  const packageKey = new PackageURL(parsed.type, namespace ?? undefined, parsed.name, undefined, undefined, undefined).toString();
  const canonical = new PackageURL(
    parsed.type,
    namespace ?? undefined,
    parsed.name,
    parsed.version ?? undefined,
    Object.keys(qualifiers).length > 0 ? qualifiers : undefined,
    undefined,
  ).toString();
  return { type: parsed.type, namespace, name: parsed.name, version: parsed.version ?? null, qualifiers, packageKey, canonical };
}
