import { describe, expect, it } from 'vitest';
import { concreteCpeProduct, qualifiersMatch, statementKeyOf } from '@/lib/matching/statement-key';
import { decideTransition } from '@/lib/matching/match-transition';
import { craClocks } from '@/lib/matching/cra-clocks';
import { planMatches, type MatchableStatement } from '@/lib/matching/plan-matches';
import type { AdvisoryStatement } from '@/lib/advisories/advisory-model';

describe('CPE names', () => {
  it.each([
    ['cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*', 'apache:log4j'],
    ['cpe:2.3:a:*:log4j:*:*:*:*:*:*:*:*', null],
    ['cpe:2.3:a:apache:*:*:*:*:*:*:*:*:*', null],
    ['cpe:2.3:a:-:log4j:*:*:*:*:*:*:*:*', null],
    ['cpe:2.3:a:apa*:log4j:*:*:*:*:*:*:*:*', null],
    ['cpe:/a:apache:log4j:2.14.1', null],
    [null, null],
    // An escaped colon belongs to its field; an escaped asterisk is a literal one, not a wildcard.
    [String.raw`cpe:2.3:a:foo\:bar:baz:1.0:*:*:*:*:*:*:*`, String.raw`foo\:bar:baz`],
    [String.raw`cpe:2.3:a:acme:router\*os:2.0:*:*:*:*:*:*:*`, String.raw`acme:router\*os`],
    ['CPE:2.3:A:Apache:Log4j:2.14.1', 'apache:log4j'],
  ])('%s → %s', (cpe, expected) => expect(concreteCpeProduct(cpe)).toBe(expected));

  it('reads the version past an escaped colon in the product', () => {
    const key = statementKeyOf(
      {
        vulnerabilityId: 'CVE-1',
        aliases: [],
        product: { purl: null, cpe: String.raw`cpe:2.3:a:foo:bar\:baz:1.2\:3:*:*:*:*:*:*:*`, documentRef: null, name: null },
        range: { kind: 'all' },
        status: 'affected',
        justification: null,
        detail: null,
        remediation: null,
      },
      false,
    );
    expect(key).toMatchObject({ cpeProduct: String.raw`foo:bar\:baz`, range: { kind: 'exact', versions: ['1.2:3'] } });
  });
});

describe('qualifiers', () => {
  it('a statement without qualifiers matches every build; with a distro only that distro', () => {
    expect(qualifiersMatch({}, { distro: 'debian-12' })).toBe(true);
    expect(qualifiersMatch({ distro: 'debian-12' }, { distro: 'debian-12', arch: 'amd64' })).toBe(true);
    expect(qualifiersMatch({ distro: 'debian-12' }, { distro: 'debian-11' })).toBe(false);
    expect(qualifiersMatch({ distro: 'debian-12' }, null)).toBe(false);
  });

  it('a purl with a version and no range means exactly that version; a CPE version likewise', () => {
    const base: AdvisoryStatement = {
      vulnerabilityId: 'CVE-1',
      aliases: [],
      product: { purl: 'pkg:npm/lodash@4.17.20', cpe: null, documentRef: null, name: null },
      range: { kind: 'all' },
      status: 'affected',
      justification: null,
      detail: null,
      remediation: null,
    };
    expect(statementKeyOf(base, false)?.range).toEqual({ kind: 'exact', versions: ['4.17.20'] });
    const cpe = statementKeyOf({ ...base, product: { purl: null, cpe: 'cpe:2.3:a:openbsd:openssh:9.1:*:*:*:*:*:*:*', documentRef: null, name: null } }, false);
    expect(cpe).toMatchObject({ cpeProduct: 'openbsd:openssh', range: { kind: 'exact', versions: ['9.1'] } });
    expect(statementKeyOf({ ...base, product: { purl: null, cpe: 'cpe:2.3:a:*:*:*:*:*:*:*:*:*:*', documentRef: null, name: null } }, false)).toBeNull();
  });
});

describe('transitions', () => {
  const resolved = { state: 'not_affected' as const, justification: 'component_not_present' };
  it('an advisory never re-opens a resolved match; the vendor and a regulator may', () => {
    expect(decideTransition(resolved, { state: 'affected', justification: null }, 'advisory').move).toBe(false);
    expect(decideTransition({ state: 'fixed', justification: null }, { state: 'affected', justification: null }, 'advisory').move).toBe(false);
    expect(decideTransition(resolved, { state: 'affected', justification: null }, 'vendor').move).toBe(true);
    expect(decideTransition(resolved, { state: 'affected', justification: null }, 'regulator').move).toBe(true);
  });
  it('an advisory moves an open match, and nothing moves to the same state', () => {
    expect(decideTransition({ state: 'under_investigation', justification: null }, { state: 'affected', justification: null }, 'advisory').move).toBe(true);
    expect(decideTransition({ state: 'affected', justification: null }, { state: 'affected', justification: null }, 'vendor')).toEqual({ move: false, reason: 'unchanged' });
  });
});

describe('CRA clocks', () => {
  const notifiedAt = new Date('2026-12-01T10:00:00Z');
  it('72 h from notification; 24 h from knowing it is exploited (never before notification); 14 days after a fix', () => {
    expect(craClocks({ notifiedAt, exploitedAt: null, fixAvailableAt: null })).toEqual({ earlyWarningDue: null, notificationDue: '2026-12-04T10:00:00.000Z', finalReportDue: null });
    expect(craClocks({ notifiedAt, exploitedAt: new Date('2026-11-01T00:00:00Z'), fixAvailableAt: new Date('2026-12-02T00:00:00Z') })).toEqual({
      earlyWarningDue: '2026-12-02T10:00:00.000Z',
      notificationDue: '2026-12-04T10:00:00.000Z',
      finalReportDue: '2026-12-16T00:00:00.000Z',
    });
  });
});

describe('planning matches', () => {
  const statement = (over: Partial<MatchableStatement>): MatchableStatement => ({
    advisoryId: 'a',
    vulnerabilityId: 'CVE-1',
    purlType: 'npm',
    packageKey: 'pkg:npm/lodash',
    qualifiers: {},
    cpeProduct: null,
    range: { kind: 'exact', versions: ['4.17.20'] },
    status: 'affected',
    justification: null,
    detail: null,
    activelyExploited: false,
    ...over,
  });
  const component = (id: number, version: string | null, over = {}) => ({ id, productVersionId: 'pv', packageKey: 'pkg:npm/lodash', purlType: 'npm', qualifiers: {}, version, cpeProduct: null, ...over });

  it('evaluates the range only on candidates with the key, one match per (version, vulnerability, package), the later statement winning', () => {
    const planned = planMatches([statement({}), statement({ status: 'fixed' })], [component(1, '4.17.20'), component(2, '4.17.21'), component(3, null)]);
    expect(planned).toEqual([expect.objectContaining({ componentId: 1, state: 'fixed', packageKey: 'pkg:npm/lodash' })]);
    expect(planMatches([statement({ packageKey: 'pkg:npm/other' })], [component(1, '4.17.20')])).toEqual([]);
  });
  it('a CPE statement matches only CPE-only components with the same vendor:product', () => {
    const s = statement({ packageKey: null, purlType: null, cpeProduct: 'openbsd:openssh', range: { kind: 'all' } });
    expect(planMatches([s], [component(1, '9.1', { packageKey: null, cpeProduct: 'openbsd:openssh' })])).toHaveLength(1);
    expect(planMatches([s], [component(1, '9.1', { cpeProduct: 'openbsd:openssh' })])).toHaveLength(0);
  });
});
