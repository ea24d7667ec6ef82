import { alpineScheme } from './alpine-scheme';
import { debianScheme } from './debian-scheme';
import { gemScheme } from './gem-scheme';
import { genericScheme } from './generic-scheme';
import { golangScheme } from './golang-scheme';
import { mavenScheme } from './maven-scheme';
import { nugetScheme } from './nuget-scheme';
import { pypiScheme } from './pypi-scheme';
import { rpmScheme } from './rpm-scheme';
import { semverScheme } from './semver-scheme';
import type { VersionScheme } from './version-scheme';

// Maps, not object literals: a purl type such as `constructor` must not find a prototype member.
const BY_PURL_TYPE: ReadonlyMap<string, VersionScheme> = new Map<string, VersionScheme>([
  ['npm', semverScheme],
  ['cargo', semverScheme],
  ['hex', semverScheme],
  ['golang', golangScheme],
  ['nuget', nugetScheme],
  ['maven', mavenScheme],
  ['pypi', pypiScheme],
  ['deb', debianScheme],
  ['rpm', rpmScheme],
  ['apk', alpineScheme],
  ['gem', gemScheme],
]);

/** vers types (VERSION-RANGE-SPEC) are purl types, plus a few that name a scheme of their own. */
const BY_VERS_TYPE: ReadonlyMap<string, VersionScheme> = new Map<string, VersionScheme>([
  ...BY_PURL_TYPE,
  ['semver', semverScheme],
  ['go', golangScheme],
  ['alpine', alpineScheme],
  ['debian', debianScheme],
  ['generic', genericScheme],
]);

/** The comparator for a purl type's versions; the generic (low-confidence) one for the rest. */
export function schemeForPurlType(purlType: string): VersionScheme {
  return BY_PURL_TYPE.get(purlType.toLowerCase()) ?? genericScheme;
}

/** The comparator a vers type selects; the generic (low-confidence) one for unknown types. */
export function schemeForVersType(versType: string): VersionScheme {
  return BY_VERS_TYPE.get(versType) ?? genericScheme;
}
