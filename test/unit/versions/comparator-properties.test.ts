import fc from 'fast-check';
import { describe, it } from 'vitest';
import { alpineScheme } from '@/lib/versions/alpine-scheme';
import { debianScheme } from '@/lib/versions/debian-scheme';
import { gemScheme } from '@/lib/versions/gem-scheme';
import { genericScheme } from '@/lib/versions/generic-scheme';
import { golangScheme } from '@/lib/versions/golang-scheme';
import { mavenScheme } from '@/lib/versions/maven-scheme';
import { nugetScheme } from '@/lib/versions/nuget-scheme';
import { pypiScheme } from '@/lib/versions/pypi-scheme';
import { rangeContains } from '@/lib/versions/range-contains';
import { rpmScheme } from '@/lib/versions/rpm-scheme';
import { semverScheme } from '@/lib/versions/semver-scheme';
import type { VersionScheme } from '@/lib/versions/version-scheme';

// vers validation sorts by these comparators and range evaluation walks bounds in their order,
// so each must be a total order: antisymmetric and transitive on whatever its grammar allows.
const join = (parts: string[]): string => parts.join('');
const num = fc.integer({ min: 0, max: 12 }).map(String);
const pick = (...items: string[]): fc.Arbitrary<string> => fc.constantFrom(...items);

const grammars: [VersionScheme, fc.Arbitrary<string>][] = [
  [semverScheme, fc.tuple(num, num, num, fc.option(fc.array(fc.oneof(num, pick('alpha', 'beta', 'rc', 'x-1')), { minLength: 1, maxLength: 3 }))).map(
    ([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre.join('.')}` : ''}`,
  )],
  [golangScheme, fc.tuple(num, num, num, fc.option(pick('pre', '0.20191109021931-daa7c04131f5', 'rc.1')), fc.boolean()).map(
    ([a, b, c, pre, incompatible]) => `v${a}.${b}.${c}${pre ? `-${pre}` : ''}${incompatible ? '+incompatible' : ''}`,
  )],
  [nugetScheme, fc.tuple(fc.array(num, { minLength: 1, maxLength: 4 }), fc.option(pick('beta', 'Beta.2', 'rc.10', '1'))).map(
    ([parts, pre]) => `${parts.join('.')}${pre ? `-${pre}` : ''}`,
  )],
  [mavenScheme, fc.array(fc.oneof(num, pick('.', '-', 'alpha', 'a', 'beta', 'm', 'rc', 'cr', 'snapshot', 'ga', 'final', 'sp', 'xyz', '0')), { minLength: 1, maxLength: 7 }).map(join).filter((v) => mavenScheme.isValid(v))],
  [pypiScheme, fc.tuple(fc.option(pick('1!')), fc.array(num, { minLength: 1, maxLength: 3 }), fc.option(pick('a1', 'b2', 'rc1', 'RC1')), fc.option(pick('.post1', '-2')), fc.option(pick('.dev0', '.dev3')), fc.option(pick('+local', '+ubuntu.1', '+2'))).map(
    ([epoch, release, pre, post, dev, local]) => `${epoch ?? ''}${release.join('.')}${pre ?? ''}${post ?? ''}${dev ?? ''}${local ?? ''}`,
  )],
  [gemScheme, fc.array(fc.oneof(num, pick('a', 'b1', 'rc', 'pre')), { minLength: 1, maxLength: 5 }).map((p) => `1.${p.join('.')}`)],
  [debianScheme, fc.tuple(fc.option(pick('1:', '2:', '0:')), num, fc.array(fc.oneof(num, pick('.', '~', '+', 'a', 'dfsg', '~rc')), { maxLength: 5 }), fc.option(fc.array(fc.oneof(num, pick('.', '~', '+', 'deb', 'u')), { minLength: 1, maxLength: 4 }))).map(
    ([epoch, head, rest, revision]) => `${epoch ?? ''}${head}${rest.join('')}${revision ? `-${revision.join('')}` : ''}`,
  ).filter((v) => debianScheme.isValid(v))],
  [rpmScheme, fc.tuple(fc.option(pick('1:', '0:')), fc.array(fc.oneof(num, pick('.', '~', '^', 'a', 'rc', 'git', '_')), { minLength: 1, maxLength: 6 }), fc.option(fc.array(fc.oneof(num, pick('.', 'el', '_')), { minLength: 1, maxLength: 4 }))).map(
    ([epoch, version, release]) => `${epoch ?? ''}1${version.join('')}${release ? `-${release.join('')}` : ''}`,
  ).filter((v) => rpmScheme.isValid(v))],
  [alpineScheme, fc.tuple(fc.array(num, { minLength: 1, maxLength: 3 }), fc.option(pick('a', 'b')), fc.array(fc.tuple(pick('_alpha', '_beta', '_pre', '_rc', '_cvs', '_git', '_p'), fc.option(num)), { maxLength: 2 }), fc.option(num)).map(
    ([parts, letter, suffixes, revision]) => `${parts.join('.')}${letter ?? ''}${suffixes.map(([s, n]) => s + (n ?? '')).join('')}${revision !== null ? `-r${revision}` : ''}`,
  )],
  [genericScheme, fc.array(fc.oneof(num, pick('.', '-', '_', 'a', 'beta', 'RC')), { minLength: 1, maxLength: 6 }).map(join).filter((v) => genericScheme.isValid(v))],
];

describe.each(grammars.map(([scheme, arb]) => [scheme.name, scheme, arb] as const))('%s is a total order', (_name, scheme, arb) => {
  it('every generated version parses', () => {
    fc.assert(fc.property(arb, (v) => scheme.isValid(v)), { numRuns: 200 });
  });

  it('is antisymmetric', () => {
    fc.assert(fc.property(arb, arb, (a, b) => Math.sign(scheme.compare(a, b)) === -Math.sign(scheme.compare(b, a))), { numRuns: 300 });
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(fc.array(arb, { minLength: 3, maxLength: 8 }), (versions) => {
        const sorted = [...versions].sort((a, b) => scheme.compare(a, b));
        return sorted.every((a, i) => sorted.slice(i + 1).every((b) => scheme.compare(a, b) <= 0));
      }),
      { numRuns: 150 },
    );
  });
});

describe('rangeContains agrees with the comparator', () => {
  it('a version is in vers:semver/>=a|<b exactly when a <= v < b', () => {
    const v = grammars[0][1];
    fc.assert(
      fc.property(v, v, v, (x, y, version) => {
        const [lo, hi] = [x, y].sort((a, b) => semverScheme.compare(a, b));
        fc.pre(semverScheme.compare(lo, hi) < 0);
        const expected = semverScheme.compare(version, lo) >= 0 && semverScheme.compare(version, hi) < 0;
        const vers = rangeContains('npm', { kind: 'vers', vers: `vers:semver/>=${lo}|<${hi}` }, version);
        const osv = rangeContains('npm', { kind: 'osv', type: 'ECOSYSTEM', events: [{ introduced: lo }, { fixed: hi }], versions: [] }, version);
        return vers.contains === expected && osv.contains === expected;
      }),
      { numRuns: 300 },
    );
  });
});
