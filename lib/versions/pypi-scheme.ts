import { compare, valid } from '@renovatebot/pep440';
import { defineScheme } from './version-scheme';

/**
 * PEP 440 (epochs, pre-, post- and dev-releases, local versions, the normalisations such as
 * `1.0RC1 == 1.0rc1` and `1.0-1 == 1.0.post1`), by Renovate's maintained implementation.
 */
export const pypiScheme = defineScheme<string>({
  name: 'pypi',
  confidence: 'high',
  parse: (version) => (valid(version) !== null ? version : null),
  compareParsed: (a, b) => compare(a, b),
});
