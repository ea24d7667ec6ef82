import { describe, expect, it } from 'vitest';
import { parseVers } from '@/lib/versions/parse-vers';

const constraintsOf = (vers: string): { comparator: string; version: string }[] | null | undefined => {
  const parsed = parseVers(vers);
  return parsed.ok ? parsed.vers.constraints?.map(({ comparator, version }) => ({ comparator, version })) ?? null : undefined;
};

// Sources: package-url vers-spec, Clause 5 ("VERS specification": comparators, version
// encoding, validation rules), docs/how-to-parse.md and tests/vers_canonical_parse_test.json.
describe('parseVers accepts', () => {
  it('a canonical range', () => {
    const parsed = parseVers('vers:npm/>=1.0.0|<2.0.0');
    expect(parsed.ok && parsed.vers.type).toBe('npm');
    expect(constraintsOf('vers:npm/>=1.0.0|<2.0.0')).toEqual([
      { comparator: '>=', version: '1.0.0' },
      { comparator: '<', version: '2.0.0' },
    ]);
  });

  it('the spec examples', () => {
    for (const vers of ['vers:npm/1.2.3|>=2.0.0|<5.0.0', 'vers:gem/>=2.2.0|!=2.2.1|<2.3.0', 'vers:pypi/0.0.0|0.0.1|0.0.2|0.0.3|1.0|2.0pre1']) {
      expect(parseVers(vers).ok, vers).toBe(true);
    }
  });

  it('"*" alone as every version', () => {
    expect(constraintsOf('vers:deb/*')).toBeNull();
  });

  it('percent-decodes a version exactly once', () => {
    expect(constraintsOf('vers:generic/1.0%252F0')).toEqual([{ comparator: '=', version: '1.0%2F0' }]);
  });

  it('a leading "=" as equality (the earlier edition of the spec wrote it)', () => {
    expect(constraintsOf('vers:maven/=1.0.0')).toEqual([{ comparator: '=', version: '1.0.0' }]);
  });

  it('"!=" anywhere, and equalities before a lower bound', () => {
    expect(parseVers('vers:npm/!=1.0.0|>=1.1.0|!=1.1.5|<2.0.0|!=3.0.0').ok).toBe(true);
    expect(parseVers('vers:npm/1.0.0|1.0.5|>=2.0.0').ok).toBe(true);
    expect(parseVers('vers:npm/<1.0.0|1.5.0|>=2.0.0|<3.0.0').ok).toBe(true);
  });

  it('versions sorted by the scheme, not as strings', () => {
    expect(parseVers('vers:deb/>=1:1.0|<1:1.10').ok).toBe(true);
    expect(parseVers('vers:maven/>=1.0-rc1|<1.0').ok).toBe(true);
  });
});

describe('parseVers rejects', () => {
  it.each([
    ['whitespace', 'vers:npm/>=1.0.0| <2.0.0', 'whitespace'],
    ['a tab', 'vers:npm/>=1.0.0|\t<2.0.0', 'whitespace'],
    ['a leading pipe', 'vers:npm/|>=1.0.0|<2.0.0', 'leading pipe'],
    ['a trailing pipe', 'vers:npm/>=1.0.0|<2.0.0|', 'trailing pipe'],
    ['consecutive pipes', 'vers:npm/>=1.0.0||<2.0.0', 'consecutive pipes'],
    ['unsorted constraints', 'vers:npm/>=2.0.0|<1.0.0', 'not sorted'],
    ['invalid percent-encoding', 'vers:npm/1.0%2G0', 'percent-encoding'],
    ['another URI scheme', 'pkg:npm/foo@1.0.0', 'starts with'],
    ['an upper-case scheme', 'VERS:npm/1.0.0', 'starts with'],
    ['no slash', 'vers:npm', 'no "/"'],
    ['an upper-case type', 'vers:NPM/1.0.0', 'invalid vers type'],
    ['a type starting with a digit', 'vers:1npm/1.0.0', 'invalid vers type'],
    ['the reserved type "invalid"', 'vers:invalid/1.0.0', 'reserved'],
    ['no constraints', 'vers:npm/', 'no constraints'],
    ['"*" with other constraints', 'vers:npm/*|>=1.0.0', 'alone'],
    ['a comparator without a version', 'vers:npm/>=', 'no version'],
    ['a version the scheme cannot parse', 'vers:npm/>=1.0', 'not a valid semver version'],
    ['a duplicated version', 'vers:npm/>=1.0.0|<1.0.0', 'twice'],
    ['a version equal under the scheme twice', 'vers:maven/>=1.0|<1.0.0', 'twice'],
    ['two lower bounds in a row', 'vers:npm/>=1.0.0|>=1.1.0', '">=" cannot be followed by ">="'],
    ['two upper bounds in a row', 'vers:npm/<1.0.0|<1.1.0', '"<" cannot be followed by "<"'],
    ['an equality after a lower bound', 'vers:npm/>1.0.0|1.5.0', '">" cannot be followed by "="'],
    ['an upper bound after an equality', 'vers:npm/1.0.0|<2.0.0', '"=" cannot be followed by "<"'],
  ])('%s', (_name, vers, message) => {
    const parsed = parseVers(vers);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(message);
  });
});
