import { describe, expect, it } from 'vitest';
import type { OsvEvent } from '@/lib/versions/affected-range';
import { compileOsvRange, osvContains, type OsvRange } from '@/lib/versions/osv-contains';
import { debianScheme } from '@/lib/versions/debian-scheme';
import { pypiScheme } from '@/lib/versions/pypi-scheme';
import { semverScheme } from '@/lib/versions/semver-scheme';
import type { VersionScheme } from '@/lib/versions/version-scheme';

function evaluate(range: OsvRange, version: string, scheme: VersionScheme): { contains: boolean } | { error: string } {
  const compiled = compileOsvRange(range, scheme);
  return 'error' in compiled ? compiled : { contains: osvContains(compiled, scheme.parse(version)) };
}

const semver = (events: OsvEvent[], version: string, versions: string[] = []): boolean | undefined => {
  const verdict = evaluate({ events, versions }, version, semverScheme);
  return 'contains' in verdict ? verdict.contains : undefined;
};
const contains = (range: OsvRange, version: string, scheme: VersionScheme): boolean | undefined => {
  const verdict = evaluate(range, version, scheme);
  return 'contains' in verdict ? verdict.contains : undefined;
};

// Source: the OSV schema (ossf/osv-schema docs/schema.md), "Evaluation" pseudocode and its
// "Examples" section: unfixed, fixed, multiple ranges, last_affected vs fixed, limit.
describe('OSV evaluation, the schema examples', () => {
  it('unfixed: introduced "0" covers every version', () => {
    expect(semver([{ introduced: '0' }], '0.0.1')).toBe(true);
    expect(semver([{ introduced: '0' }], '99.0.0')).toBe(true);
  });

  it('fixed: everything before 1.0.2', () => {
    const events = [{ introduced: '0' }, { fixed: '1.0.2' }];
    expect(semver(events, '1.0.1')).toBe(true);
    expect(semver(events, '1.0.2-rc.1')).toBe(true);
    expect(semver(events, '1.0.2')).toBe(false);
    expect(semver(events, '1.0.3')).toBe(false);
  });

  it('multiple ranges: [1.0.0, 1.0.2) and [3.0.0, 3.2.5)', () => {
    const events = [{ introduced: '1.0.0' }, { fixed: '1.0.2' }, { introduced: '3.0.0' }, { fixed: '3.2.5' }];
    expect(semver(events, '0.9.0')).toBe(false);
    expect(semver(events, '1.0.0')).toBe(true);
    expect(semver(events, '1.0.2')).toBe(false);
    expect(semver(events, '2.0.0')).toBe(false);
    expect(semver(events, '3.2.4')).toBe(true);
    expect(semver(events, '3.2.5')).toBe(false);
  });

  it('evaluates events in version order, whatever order they are written in', () => {
    const events = [{ fixed: '3.2.5' }, { introduced: '3.0.0' }, { fixed: '1.0.2' }, { introduced: '1.0.0' }];
    expect(semver(events, '1.0.1')).toBe(true);
    expect(semver(events, '2.0.0')).toBe(false);
    expect(semver(events, '3.1.0')).toBe(true);
  });

  it('last_affected includes the version itself, fixed does not', () => {
    expect(semver([{ introduced: '0' }, { last_affected: '2.1.214' }], '2.1.214')).toBe(true);
    expect(semver([{ introduced: '0' }, { last_affected: '2.1.214' }], '2.1.215')).toBe(false);
    expect(semver([{ introduced: '0' }, { fixed: '2.1.214' }], '2.1.214')).toBe(false);
    expect(semver([{ introduced: '0' }, { fixed: '2.1.214' }], '2.1.213')).toBe(true);
  });

  it('limit: only versions below a limit can be affected', () => {
    const events = [{ introduced: '1.0.0' }, { limit: '2.0.0' }];
    expect(semver(events, '1.5.0')).toBe(true);
    expect(semver(events, '2.0.0')).toBe(false);
    expect(semver(events, '2.5.0')).toBe(false);
  });

  it('versions[]: an explicitly listed version is affected even outside the ranges', () => {
    expect(semver([{ introduced: '2.0.0' }], '1.0.0', ['1.0.0'])).toBe(true);
    expect(semver([], '1.0.0', ['1.0.0'])).toBe(true);
    expect(semver([], '1.0.1', ['1.0.0'])).toBe(false);
  });

  it('no introduced event affects nothing', () => {
    expect(semver([{ fixed: '1.0.0' }], '0.5.0')).toBe(false);
  });
});

describe('OSV ECOSYSTEM ranges use the ecosystem order', () => {
  it('Debian: epochs and ~', () => {
    const events = [{ introduced: '0' }, { fixed: '1:2.0-1' }];
    expect(contains({ events, versions: [] }, '3.0-1', debianScheme)).toBe(true);
    expect(contains({ events, versions: [] }, '1:2.0~rc1-1', debianScheme)).toBe(true);
    expect(contains({ events, versions: [] }, '1:2.0-1', debianScheme)).toBe(false);
  });

  it('PyPI: versions[] membership by PEP 440 equality', () => {
    expect(contains({ events: [], versions: ['1.0rc1'] }, '1.0RC1', pypiScheme)).toBe(true);
  });

  it('an event version the ecosystem cannot parse makes the range unanswerable', () => {
    const verdict = evaluate({ events: [{ introduced: '0' }, { fixed: 'not a version' }], versions: [] }, '1.0', pypiScheme);
    expect('error' in verdict && verdict.error).toContain('not a valid pypi version');
  });
});
