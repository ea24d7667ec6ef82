import { compare, valid } from '@renovatebot/pep440';
import type { VersionScheme } from './version-scheme';

/**
 * PEP 440 (epochs, pre-, post- and dev-releases, local versions, the normalisations such as
 * `1.0RC1 == 1.0rc1` and `1.0-1 == 1.0.post1`), by Renovate's maintained implementation.
 */
export const pypiScheme: VersionScheme = {
  name: 'pypi',
  confidence: 'high',
  isValid: (version) => valid(version) !== null,
  compare: (a, b) => compare(a, b),
};
