import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText, parsed, refused } from './advisory-fixtures';

describe('OpenVEX 0.2.0', () => {
  it('vexctl demo: one statement per product purl, exact version from the purl', () => {
    const advisory = parsed(fixtureText('openvex-vexctl-demo.json'));
    expect(advisory).toMatchObject({
      format: 'openvex',
      documentId: 'https://openvex.dev/docs/public/vex-d7653e1c3ccc092c02e2cfd2b12549be29264ff28f9f704f599613b007584dbe',
      revision: '1',
      publisher: 'Wolfi J Inkinson',
      warnings: [],
    });
    expect(advisory.statements.map((s) => [s.vulnerabilityId, s.product.purl, s.range, s.status])).toEqual([
      ['CVE-2014-123456', 'pkg:apk/distro/git@2.39.0-r1?arch=armv7', { kind: 'exact', versions: ['2.39.0-r1'] }, 'fixed'],
      ['CVE-2014-123456', 'pkg:apk/distro/git@2.39.0-r1?arch=x86_64', { kind: 'exact', versions: ['2.39.0-r1'] }, 'fixed'],
    ]);
  });

  it('SecObserve: subcomponents are the subject, the product their documentRef; justification, impact and action statements', () => {
    const advisory = parsed(fixtureText('openvex-secobserve-so_2024_0001.json'));
    expect(advisory.revision).toBe('2024-07-14T11:17:57.668609+00:00');
    expect(advisory.warnings).toEqual(["version is missing: the revision is the document's timestamp 2024-07-14T11:17:57.668609+00:00"]);
    expect(advisory.statements).toEqual([
      {
        vulnerabilityId: 'CVE-2023-49083',
        aliases: [],
        product: { purl: 'pkg:pypi/cryptography@41.0.5', cpe: null, documentRef: 'pkg:github/MaibornWolff/VEX_Test@v1.7.0', name: null },
        range: { kind: 'exact', versions: ['41.0.5'] },
        status: 'not_affected',
        justification: 'vulnerable_code_cannot_be_controlled_by_adversary',
        detail: 'Not affected for VEX test case',
        remediation: null,
      },
      {
        vulnerabilityId: 'CVE-2023-50782',
        aliases: [],
        product: { purl: 'pkg:pypi/cryptography@41.0.5', cpe: null, documentRef: 'pkg:github/MaibornWolff/VEX_Test@v1.7.0', name: null },
        range: { kind: 'exact', versions: ['41.0.5'] },
        status: 'affected',
        justification: null,
        detail: null,
        remediation: 'Upgrade cryptography to version 42.0.0',
      },
    ]);
  });

  it('reads identifiers.purl / cpe23 and aliases; a product without version covers every version', () => {
    const document = fixtureJson('openvex-vexctl-demo.json');
    document.statements[0].vulnerability.aliases = ['GHSA-xxxx-yyyy-zzzz'];
    document.statements[0].products = [
      { '@id': 'https://example.com/appliance', identifiers: { cpe23: 'cpe:2.3:h:example:appliance:2.0:*:*:*:*:*:*:*' } },
      { '@id': 'urn:example:lib', identifiers: { purl: 'pkg:npm/lodash' } },
      { '@id': 'urn:example:nothing' },
    ];
    const advisory = parsed(document);
    expect(advisory.vulnerabilities[0].aliases).toEqual(['GHSA-xxxx-yyyy-zzzz']);
    expect(advisory.statements.map((s) => [s.product.purl, s.product.cpe, s.range])).toEqual([
      [null, 'cpe:2.3:h:example:appliance:2.0:*:*:*:*:*:*:*', { kind: 'all' }],
      ['pkg:npm/lodash', null, { kind: 'all' }],
    ]);
    expect(advisory.warnings).toEqual([
      'statements[0].products[0]: cpe:2.3:h:example:appliance:2.0:*:*:*:*:*:*:* gives no version; the statement covers every version',
      'statements[0].products[1]: pkg:npm/lodash gives no version; the statement covers every version',
      'statements[0].products[2]: no purl or CPE; not matched',
    ]);
  });
});

describe('OpenVEX refusals', () => {
  const base = () => fixtureJson('openvex-vexctl-demo.json');

  it('refuses OpenVEX before 0.2.0', () => {
    const document = base();
    document['@context'] = 'https://openvex.dev/ns';
    expect(refused(document)[0]).toMatch(/^@context: only OpenVEX 0\.2\.x/);
  });

  it('refuses an unknown status or justification, and not_affected without justification or impact statement', () => {
    const status = base();
    status.statements[0].status = 'wont_fix';
    expect(refused(status)[0]).toMatch(/^statements\[0\]\.status: /);
    const justification = base();
    Object.assign(justification.statements[0], { status: 'not_affected', justification: 'not_reachable' });
    expect(refused(justification)[0]).toMatch(/^statements\[0\]\.justification: /);
    const bare = base();
    bare.statements[0].status = 'not_affected';
    expect(refused(bare)).toEqual(['statements[0]: a not_affected statement needs a justification or an impact_statement']);
  });

  it('refuses a statement without vulnerability name, and a document without version or timestamp', () => {
    const name = base();
    name.statements[0].vulnerability = { '@id': 'https://nvd.nist.gov/vuln/detail/CVE-2014-123456' };
    expect(refused(name)[0]).toMatch(/^statements\[0\]\.vulnerability\.name: /);
    const undated = base();
    delete undated.version;
    delete undated.timestamp;
    expect(refused(undated)).toEqual(['version: required (an integer revision of the document)']);
  });
});
