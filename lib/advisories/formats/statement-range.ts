import { PackageURL } from 'packageurl-js';
import type { AffectedRange } from '@/lib/versions/affected-range';

/** `vers:<type>/*` says "every version": stored as `all` so no comparator has to understand it. */
const EVERY_VERSION = /^vers:[^/]+\/\*$/;

/** The range a `vers:` string names, or null when the text is not a vers range. */
export function rangeFromVers(text: string): AffectedRange | null {
  const vers = text.trim();
  if (!/^vers:[a-z0-9.+-]+\/./i.test(vers)) return null;
  if (EVERY_VERSION.test(vers)) return { kind: 'all' };
  return { kind: 'vers', vers };
}

/** `exact` with the version a purl carries, or null when it carries none (or is not a purl). */
export function rangeFromPurlVersion(purl: string | null): AffectedRange | null {
  const version = purl ? purlVersion(purl) : undefined;
  return version ? { kind: 'exact', versions: [version] } : null;
}

/** Whether `text` is a package URL that can be matched. */
export function isPurl(text: string): boolean {
  return purlVersion(text) !== undefined;
}

/**
 * The version a purl carries, null when it carries none, undefined when the text is not a purl.
 * Only parses (normalising is the matcher's job, and costs four times as much on a large CSAF tree).
 */
export function purlVersion(text: string): string | null | undefined {
  try {
    return PackageURL.fromString(text.trim()).version ?? null;
  } catch {
    return undefined;
  }
}
