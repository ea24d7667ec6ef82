import { describe, expect, it } from 'vitest';
import { parseVers } from '@/lib/versions/parse-vers';
import { versContains } from '@/lib/versions/vers-contains';

function contains(vers: string, version: string): boolean {
  const parsed = parseVers(vers);
  if (!parsed.ok) throw new Error(parsed.error);
  return versContains(parsed.vers, parsed.vers.scheme.parse(version));
}

// Source: vers-spec docs/how-to-parse.md, "Checking if a version is contained within a range",
// and tests/npm_range_containment_test.json.
describe('vers containment', () => {
  it.each([
    ['vers:npm/*', '1.0.0', true],
    ['vers:npm/1.2.3', '1.2.3', true],
    ['vers:npm/1.2.3', '1.2.4', false],
    ['vers:npm/>=1.0.0|<1.2.3', '1.0.0', true],
    ['vers:npm/>=1.0.0|<1.2.3', '1.2.2', true],
    ['vers:npm/>=1.0.0|<1.2.3', '1.2.3', false],
    ['vers:npm/>=1.0.0|<1.2.3', '0.9.9', false],
    ['vers:npm/>=1.0.0|<1.2.3', '1.2.3-rc1', true],
    ['vers:npm/<1.2.3', '0.0.1', true],
    ['vers:npm/<1.2.3', '1.2.3', false],
    ['vers:npm/<=1.2.3', '1.2.3', true],
    ['vers:npm/>1.2.3', '1.2.3', false],
    ['vers:npm/>1.2.3', '9.0.0', true],
    ['vers:npm/>=1.2.3', '1.2.3', true],
    ['vers:npm/!=1.2.3', '1.2.3', false],
    ['vers:npm/!=1.2.3', '1.2.4', true],
    ['vers:npm/!=1.2.3|!=1.2.5', '1.2.5', false],
    ['vers:npm/1.0.0|!=2.0.0', '3.0.0', false],
    ['vers:npm/1.2.3|>=2.0.0|<5.0.0', '1.2.3', true],
    ['vers:npm/1.2.3|>=2.0.0|<5.0.0', '1.5.0', false],
    ['vers:npm/1.2.3|>=2.0.0|<5.0.0', '4.9.9', true],
    ['vers:npm/1.2.3|>=2.0.0|<5.0.0', '5.0.0', false],
    ['vers:gem/>=2.2.0|!=2.2.1|<2.3.0', '2.2.1', false],
    ['vers:gem/>=2.2.0|!=2.2.1|<2.3.0', '2.2.2', true],
    ['vers:npm/<1.0.0|>=2.0.0|<3.0.0|>=4.0.0', '0.5.0', true],
    ['vers:npm/<1.0.0|>=2.0.0|<3.0.0|>=4.0.0', '1.5.0', false],
    ['vers:npm/<1.0.0|>=2.0.0|<3.0.0|>=4.0.0', '2.5.0', true],
    ['vers:npm/<1.0.0|>=2.0.0|<3.0.0|>=4.0.0', '3.5.0', false],
    ['vers:npm/<1.0.0|>=2.0.0|<3.0.0|>=4.0.0', '4.0.0', true],
    ['vers:npm/<1.0.0|>=2.0.0|<3.0.0|>=4.0.0', '9.0.0', true],
    ['vers:npm/<=1.0.0|>1.5.0', '1.2.0', false],
    ['vers:npm/<=1.0.0|>1.5.0', '1.6.0', true],
    ['vers:maven/>=2.0-beta9|<2.15.0', '2.14.1', true],
    ['vers:maven/>=2.0-beta9|<2.15.0', '2.15.0', false],
    ['vers:maven/>=2.0-beta9|<2.15.0', '2.0', true],
    ['vers:deb/<1:2.0', '2.5', true],
    ['vers:deb/<1:2.0', '1:2.0', false],
    ['vers:pypi/>=1.0|<1.0.post1', '1.0RC1', false],
    ['vers:pypi/1.0rc1', '1.0RC1', true],
    ['vers:alpine/<1.2.3-r18', '1.2.3-r2', true],
    ['vers:rpm/>=1.0|<1.0^git5', '1.0^git4', true],
    // tests/pypi_range_containment_test.json (its canonically ordered cases).
    ['vers:pypi/<=1.3.0|3.0.0', '1.0.0', true],
    ['vers:pypi/>0.0.2', '0.0.3', true],
    ['vers:pypi/<0.0.2', '0.0.0.1', true],
    ['vers:pypi/>=1.0.0|<=2.0.0', '1.5', true],
    ['vers:pypi/>=1.0.0|<=2.0.0', '2.0.3', false],
    ['vers:pypi/>=1.0.0|<=2.0.0', '0.0.9', false],
    ['vers:pypi/<=1.0.0|>=2.0.0', '1.5', false],
  ])('%s contains %s: %s', (vers, version, expected) => {
    expect(contains(vers, version)).toBe(expected);
  });
});
