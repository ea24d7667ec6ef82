import { eq, gt, valid } from '@renovatebot/ruby-semver';
import type { VersionScheme } from './version-scheme';

/**
 * RubyGems' Gem::Version order (`1.0.a < 1.0.b1 < 1.0`, any letter segment makes a pre-release,
 * trailing zeros do not count), by Renovate's maintained port of it.
 */
export const gemScheme: VersionScheme = {
  name: 'gem',
  confidence: 'high',
  isValid: (version) => version.trim() !== '' && valid(version) !== null,
  compare: (a, b) => (eq(a, b) ? 0 : gt(a, b) ? 1 : -1),
};
