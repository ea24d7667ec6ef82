import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText, parsed, refused } from './advisory-fixtures';

describe('OSV records', () => {
  it('GHSA Maven (log4j): ECOSYSTEM ranges, purl built from group:artifact, CVE alias as the id, CVSS computed', () => {
    const advisory = parsed(fixtureText('osv-ghsa-jfh8-c2jp-5v3q.json'));
    expect(advisory).toMatchObject({
      format: 'osv',
      documentId: 'GHSA-jfh8-c2jp-5v3q',
      revision: '2022-03-25T20:56:18Z',
      title: 'Remote code injection in Log4j',
      published: '2021-12-10T00:40:56Z',
      warnings: [],
    });
    expect(advisory.vulnerabilities).toEqual([
      { id: 'CVE-2021-44228', aliases: ['GHSA-jfh8-c2jp-5v3q'], title: 'Remote code injection in Log4j', cvssScore: 10, activelyExploited: false },
    ]);
    expect(advisory.statements.map((s) => [s.product.purl, s.range, s.remediation])).toEqual([
      ['pkg:maven/org.apache.logging.log4j/log4j-core', { kind: 'osv', type: 'ECOSYSTEM', events: [{ introduced: '2.13.0' }, { fixed: '2.15.0' }], versions: [] }, 'Fixed in 2.15.0'],
      ['pkg:maven/org.apache.logging.log4j/log4j-core', { kind: 'osv', type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.3.1' }], versions: [] }, 'Fixed in 2.3.1'],
      ['pkg:maven/org.apache.logging.log4j/log4j-core', { kind: 'osv', type: 'ECOSYSTEM', events: [{ introduced: '2.4' }, { fixed: '2.12.2' }], versions: [] }, 'Fixed in 2.12.2'],
    ]);
    expect(advisory.statements.every((s) => s.status === 'affected' && s.vulnerabilityId === 'CVE-2021-44228')).toBe(true);
  });

  it('Go vulndb: SEMVER range on a golang purl with the module path as namespace', () => {
    const advisory = parsed(fixtureText('osv-go-2020-0001.json'));
    expect(advisory.documentId).toBe('GO-2020-0001');
    expect(advisory.vulnerabilities[0]).toMatchObject({ id: 'CVE-2020-36567', aliases: ['GO-2020-0001', 'GHSA-6vm3-jj99-7229'] });
    expect(advisory.statements).toEqual([
      {
        vulnerabilityId: 'CVE-2020-36567',
        aliases: ['GO-2020-0001', 'GHSA-6vm3-jj99-7229'],
        product: { purl: 'pkg:golang/github.com/gin-gonic/gin', cpe: null, documentRef: null, name: 'github.com/gin-gonic/gin' },
        range: { kind: 'osv', type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.6.0' }], versions: [] },
        status: 'affected',
        justification: null,
        detail: null,
        remediation: 'Fixed in 1.6.0',
      },
    ]);
  });

  it('PyPI: ECOSYSTEM ranges keep the explicit versions list', () => {
    const advisory = parsed(fixtureText('osv-pysec-2021-63.json'));
    expect(advisory.statements.map((s) => [s.product.purl, s.range])).toEqual([
      ['pkg:pypi/cryptography', { kind: 'osv', type: 'ECOSYSTEM', events: [{ introduced: '3.1' }, { fixed: '3.1.2' }], versions: ['3.1', '3.1.1'] }],
      ['pkg:pypi/cryptography', { kind: 'osv', type: 'ECOSYSTEM', events: [{ introduced: '3.2' }, { fixed: '3.3.2' }], versions: ['3.2', '3.2.1', '3.3', '3.3.1'] }],
    ]);
  });

  it('Alpine: the release becomes the distro qualifier; a purl of the wrong type is replaced, with a warning', () => {
    const advisory = parsed(fixtureText('osv-alpine-cve-2022-27449.json'));
    expect(advisory.statements.map((s) => s.product.purl)).toEqual([
      'pkg:apk/alpine/mariadb?distro=alpine-3.12',
      'pkg:apk/alpine/mariadb?distro=alpine-3.13',
      'pkg:apk/alpine/mariadb?distro=alpine-3.14',
      'pkg:apk/alpine/mariadb?distro=alpine-3.15',
      'pkg:apk/alpine/mariadb?distro=alpine-3.16',
    ]);
    expect(advisory.statements[4].range).toEqual({ kind: 'osv', type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '10.6.8-r0' }], versions: [] });
    expect(advisory.warnings[0]).toBe('affected[0].package.purl: "pkg:alpine/mariadb" does not fit ecosystem Alpine:v3.12; pkg:apk/alpine/mariadb?distro=alpine-3.12 is used');
  });

  it('curl: a GIT range is stored with a warning; without a package the GitHub repository names the product', () => {
    const advisory = parsed(fixtureText('osv-curl-cve-2023-46219.json'));
    expect(advisory.statements.map((s) => [s.product.purl, s.range.kind === 'osv' ? s.range.type : s.range.kind])).toEqual([
      ['pkg:github/curl/curl', 'SEMVER'],
      ['pkg:github/curl/curl', 'GIT'],
    ]);
    expect(advisory.statements[1].range).toMatchObject({
      events: [{ introduced: '20f9dd6bae50b7223171b17ba7798946e74f877f' }, { fixed: '73b65e94f3531179de45c6f3c836a610e3d0a846' }],
    });
    expect(advisory.warnings).toEqual([
      'affected[0]: no package; identified by its repository as pkg:github/curl/curl',
      'affected[0].ranges[1]: GIT ranges are stored but not matched',
    ]);
  });

  it('keeps a package purl as given, with the Debian release as distro; versions alone become exact', () => {
    const record = fixtureJson('osv-pysec-2021-63.json');
    record.affected = [
      { package: { ecosystem: 'Debian:12', name: 'openssl' }, versions: ['3.0.11-1~deb12u1'] },
      { package: { ecosystem: 'npm', name: '@babel/traverse', purl: 'pkg:npm/%40babel/traverse' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '7.23.2' }] }] },
      { package: { ecosystem: 'OSS-Fuzz', name: 'libxml2' }, ranges: [{ type: 'GIT', repo: 'https://gitlab.gnome.org/GNOME/libxml2.git', events: [{ introduced: 'abc' }] }] },
    ];
    const advisory = parsed(record);
    expect(advisory.statements.map((s) => [s.product.purl, s.range])).toEqual([
      ['pkg:deb/debian/openssl?distro=debian-12', { kind: 'exact', versions: ['3.0.11-1~deb12u1'] }],
      ['pkg:npm/%40babel/traverse', { kind: 'osv', type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '7.23.2' }], versions: [] }],
    ]);
    expect(advisory.warnings).toContain('affected[2]: ecosystem "OSS-Fuzz" has no package URL type; libxml2 is not matched');
  });

  it('accepts a withdrawn record with no statements, and says so', () => {
    const record = fixtureJson('osv-pysec-2021-63.json');
    record.withdrawn = '2021-02-10T20:15:00Z';
    const advisory = parsed(record);
    expect(advisory.statements).toEqual([]);
    expect(advisory.warnings).toEqual(['withdrawn on 2021-02-10T20:15:00Z: its 2 statement(s) are not kept']);
  });

  it('leaves the score null when the vector cannot be scored, and says so', () => {
    const record = fixtureJson('osv-ghsa-jfh8-c2jp-5v3q.json');
    record.severity = [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L' }];
    const advisory = parsed(record);
    expect(advisory.vulnerabilities[0].cvssScore).toBeNull();
    expect(advisory.warnings).toEqual(['severity[0]: no score could be computed from "CVSS:3.1/AV:N/AC:L"']);
  });
});

describe('OSV refusals', () => {
  const base = () => fixtureJson('osv-go-2020-0001.json');

  it('refuses schema 2.x', () => {
    const record = base();
    record.schema_version = '2.0.0';
    expect(refused(record)).toEqual(['schema_version: only OSV schema 1.x is supported (not a valid OSV record)']);
  });

  it('refuses an unknown range type and an event with two keys, naming the path', () => {
    const type = base();
    type.affected[0].ranges[0].type = 'CALVER';
    expect(refused(type)[0]).toMatch(/^affected\[0\]\.ranges\[0\]\.type: /);
    const event = base();
    event.affected[0].ranges[0].events[1] = { introduced: '1.0.0', fixed: '1.6.0' };
    expect(refused(event)).toEqual([
      'affected[0].ranges[0].events[1]: an event has exactly one of introduced, fixed, last_affected or limit (not a valid OSV record)',
    ]);
  });

  it('refuses a package without a name and a modified that is not a string', () => {
    const name = base();
    delete name.affected[0].package.name;
    expect(refused(name)[0]).toMatch(/^affected\[0\]\.package\.name: /);
    const modified = base();
    modified.modified = 20200101;
    expect(refused(modified)[0]).toMatch(/^modified: /);
  });
});
