import { create, type Version } from '@renovatebot/ruby-semver/dist/ruby/version';
import { valid } from '@renovatebot/ruby-semver';
import { defineScheme } from './version-scheme';

/**
 * RubyGems' Gem::Version order (`1.0.a < 1.0.b1 < 1.0`, any letter segment makes a pre-release,
 * trailing zeros do not count), by Renovate's maintained port of it.
 */
export const gemScheme = defineScheme<Version>({
  name: 'gem',
  confidence: 'high',
  parse: (version) => (version.trim() !== '' && valid(version) !== null ? create(version) : null),
  compareParsed: (a, b) => a.compare(b),
});
