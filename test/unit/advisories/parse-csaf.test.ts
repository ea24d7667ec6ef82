import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText, parsed, refused } from './advisory-fixtures';

describe('CSAF 2.0 security advisory (BSI-2022-0001)', () => {
  const advisory = parsed(fixtureText('csaf-bsi-2022-0001.json'));

  it('takes identity, revision and metadata from document.tracking and publisher', () => {
    expect(advisory).toMatchObject({
      format: 'csaf',
      documentId: 'https://www.bsi.bund.de/BSI-2022-0001',
      revision: '1',
      title: 'CVRF-CSAF-Converter: XML External Entities Vulnerability',
      publisher: 'Bundesamt für Sicherheit in der Informationstechnik',
      published: '2022-03-17T13:03:42.105Z',
      modified: '2022-03-17T13:03:42.105Z',
    });
    expect(advisory.vulnerabilities).toEqual([
      { id: 'CVE-2022-27193', aliases: ['csaf-tools/CVRF-CSAF-Converter#78'], title: null, cvssScore: 6.1, activelyExploited: false },
    ]);
  });

  it('makes one statement per product in product_status, with the product_version branch as the exact version', () => {
    const byRef = new Map(advisory.statements.map((s) => [s.product.documentRef, s]));
    expect(advisory.statements).toHaveLength(6);
    expect(byRef.get('CSAFPID-0005')).toEqual({
      vulnerabilityId: 'CVE-2022-27193',
      aliases: ['csaf-tools/CVRF-CSAF-Converter#78'],
      product: { purl: null, cpe: 'cpe:/a:csaf-tools:cvrf-csaf-converter:1.0.0-rc1', documentRef: 'CSAFPID-0005', name: 'CSAF Tools CVRF-CSAF-Converter 1.0.0-rc1' },
      range: { kind: 'exact', versions: ['1.0.0-rc1'] },
      status: 'affected',
      justification: null,
      detail: null,
      remediation: 'Update to the latest version of the product. At least version 1.0.0-rc2 (https://github.com/csaf-tools/CVRF-CSAF-Converter/releases/tag/1.0.0-rc2)',
    });
    // Listed as both fixed and first_fixed: one statement, fixed.
    expect(advisory.statements.filter((s) => s.product.documentRef === 'CSAFPID-0006')).toMatchObject([
      { status: 'fixed', range: { kind: 'exact', versions: ['1.0.0-rc2'] }, remediation: null },
    ]);
    expect(advisory.warnings).toEqual([]);
  });
});

describe('CSAF 2.0 VEX', () => {
  it('reads known_not_affected with the impact threat as detail (vexctl example)', () => {
    const advisory = parsed(fixtureText('csaf-vex-vexctl-example.json'));
    expect(advisory.documentId).toBe('https://psirt.example.com/2022-EVD-UC-01-NA-001');
    expect(advisory.statements).toEqual([
      {
        vulnerabilityId: 'CVE-2009-4487',
        aliases: [],
        product: { purl: 'pkg:generic/component1@1.3.4', cpe: null, documentRef: 'CSAFPID-0001', name: 'Example Company ABC 4.2' },
        range: { kind: 'exact', versions: ['1.3.4'] },
        status: 'not_affected',
        justification: null,
        detail: 'Class with vulnerable code was removed before shipping.',
        remediation: null,
      },
    ]);
  });

  it('resolves relationship product ids to the purl of product_reference and takes justification from flags (SecObserve)', () => {
    const advisory = parsed(fixtureText('csaf-vex-secobserve-so_2024_0001_0001.json'));
    expect(advisory.documentId).toBe('https://csaf.example.com/so_2024_0001_0001');
    expect(advisory.statements.map((s) => [s.vulnerabilityId, s.product.purl, s.product.documentRef, s.status, s.justification])).toEqual([
      ['CVE-2023-49083', 'pkg:pypi/cryptography', 'cryptography:41.0.5@VEX Test', 'not_affected', 'vulnerable_code_cannot_be_controlled_by_adversary'],
      ['CVE-2023-50782', 'pkg:pypi/cryptography', 'cryptography:41.0.5@VEX Test', 'affected', null],
      ['CVE-2024-1135', 'pkg:pypi/gunicorn', 'gunicorn:21.2.0@VEX Test', 'affected', null],
    ]);
    // The document names the version branch "cryptography:41.0.5": kept as written, never guessed.
    expect(advisory.statements[0].range).toEqual({ kind: 'exact', versions: ['cryptography:41.0.5'] });
    expect(advisory.statements[1].remediation).toBe('mitigation: Upgrade cryptography to version 42.0.0');
  });

  it('warns about a product without purl or CPE and makes no statement for it (OASIS use case 5)', () => {
    const advisory = parsed(fixtureText('csaf-vex-2022-evd-uc-05-001.json'));
    expect(advisory.statements).toEqual([]);
    expect(advisory.vulnerabilities.map((v) => v.id)).toEqual(['CVE-2021-44228']);
    expect(advisory.warnings).toEqual([
      'product "CSAFPID-0001" (Example Company XYZ all versions) is not matched: it has no purl or CPE in product_identification_helper',
    ]);
  });

  it('turns a vers product_version_range into a vers range, vers:all/* into all', () => {
    const document = fixtureJson('csaf-vex-2022-evd-uc-05-001.json');
    const leaf = document.product_tree.branches[0].branches[0].branches[0];
    leaf.product.product_identification_helper = { purl: 'pkg:maven/org.apache.logging.log4j/log4j-core' };
    expect(parsed(document).statements[0]).toMatchObject({
      product: { purl: 'pkg:maven/org.apache.logging.log4j/log4j-core' },
      range: { kind: 'all' },
      status: 'under_investigation',
    });
    leaf.name = 'vers:maven/>=2.0-beta9|<2.15.0';
    expect(parsed(document).statements[0].range).toEqual({ kind: 'vers', vers: 'vers:maven/>=2.0-beta9|<2.15.0' });
    leaf.name = '<= 2.14.1';
    const advisory = parsed(document);
    expect(advisory.statements).toEqual([]);
    expect(advisory.warnings[0]).toContain('is not a vers string');
  });

  it('uses full_product_names, product groups, cvss_v3 scores and exploit_status threats', () => {
    const document = fixtureJson('csaf-vex-vexctl-example.json');
    document.product_tree.full_product_names = [
      { name: 'log4j-core 2.14.1', product_id: 'LOG4J', product_identification_helper: { purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1' } },
      { name: 'Example appliance', product_id: 'APPLIANCE', product_identification_helper: { cpe: 'cpe:2.3:h:example:appliance:-:*:*:*:*:*:*:*' } },
    ];
    document.product_tree.product_groups = [{ group_id: 'G1', product_ids: ['LOG4J', 'APPLIANCE'] }];
    document.vulnerabilities = [
      {
        cve: 'CVE-2021-44228',
        product_status: { known_affected: ['LOG4J', 'APPLIANCE'] },
        remediations: [{ category: 'vendor_fix', details: 'Upgrade to 2.17.1', group_ids: ['G1'] }],
        scores: [{ products: ['LOG4J'], cvss_v3: { version: '3.1', vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', baseScore: 10, baseSeverity: 'CRITICAL' } }],
        threats: [{ category: 'exploit_status', details: 'Exploited in the wild (CISA KEV)' }],
      },
    ];
    const advisory = parsed(document);
    expect(advisory.vulnerabilities[0]).toMatchObject({ cvssScore: 10, activelyExploited: true });
    expect(advisory.statements).toMatchObject([
      { product: { purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1' }, range: { kind: 'exact', versions: ['2.14.1'] }, remediation: 'Upgrade to 2.17.1' },
      { product: { cpe: 'cpe:2.3:h:example:appliance:-:*:*:*:*:*:*:*' }, range: { kind: 'all' }, remediation: 'Upgrade to 2.17.1' },
    ]);
    expect(advisory.warnings).toEqual(['product "APPLIANCE" (Example appliance) gives no version: its statements cover every version']);
    document.vulnerabilities[0].threats[0].details = 'No known exploitation';
    expect(parsed(document).vulnerabilities[0].activelyExploited).toBe(false);
  });
});

describe('CSAF refusals', () => {
  const base = () => fixtureJson('csaf-vex-vexctl-example.json');

  it('refuses csaf_informational_advisory, and a base document without product status', () => {
    const informational = base();
    informational.document.category = 'csaf_informational_advisory';
    expect(refused(informational)[0]).toMatch(/^document\.category: "csaf_informational_advisory" is not supported/);
    const bare = base();
    bare.document.category = 'csaf_base';
    delete bare.vulnerabilities[0].product_status;
    expect(refused(bare)[0]).toMatch(/^document\.category: "csaf_base" is not supported/);
  });

  it('reads a vendor category with product status as a security advisory, with a warning', () => {
    const cisco = base();
    cisco.document.category = 'Cisco Security Advisory';
    const advisory = parsed(cisco);
    expect(advisory.statements).toHaveLength(1);
    expect(advisory.warnings).toContain('document.category "Cisco Security Advisory" is not a CSAF profile; read as a security advisory');
  });

  it('refuses CSAF 2.1, a missing tracking id and a bad publisher namespace, naming the path', () => {
    const newer = base();
    newer.document.csaf_version = '2.1';
    expect(refused(newer)[0]).toMatch(/^document\.csaf_version: /);
    const noId = base();
    delete noId.document.tracking.id;
    expect(refused(noId)[0]).toMatch(/^document\.tracking\.id: /);
    const namespace = base();
    namespace.document.publisher.namespace = 'psirt';
    expect(refused(namespace)[0]).toMatch(/^document\.publisher\.namespace: /);
  });

  it('refuses a product id that the product tree does not define', () => {
    const document = base();
    document.vulnerabilities[0].product_status.known_not_affected.push('CSAFPID-9999');
    expect(refused(document)).toEqual(['vulnerabilities[0].product_status.known_not_affected[1]: product id "CSAFPID-9999" is not defined in the product tree']);
  });

  it('refuses contradicting statuses for one product', () => {
    const document = base();
    document.vulnerabilities[0].product_status.known_affected = ['CSAFPID-0001'];
    expect(refused(document)).toEqual(['vulnerabilities[0].product_status.known_not_affected[0]: product "CSAFPID-0001" is both affected and not_affected']);
  });

  it('refuses an unknown flag label, a duplicate product id and a dangling relationship', () => {
    const flag = fixtureJson('csaf-vex-secobserve-so_2024_0001_0001.json');
    flag.vulnerabilities[0].flags[0].label = 'not_my_problem';
    expect(refused(flag)[0]).toMatch(/^vulnerabilities\[0\]\.flags\[0\]\.label: /);
    const duplicate = base();
    duplicate.product_tree.full_product_names = [{ name: 'again', product_id: 'CSAFPID-0001' }];
    expect(refused(duplicate)[0]).toBe('product_tree.full_product_names[0].product_id: product id "CSAFPID-0001" is defined more than once');
    const dangling = fixtureJson('csaf-vex-secobserve-so_2024_0001_0001.json');
    dangling.product_tree.relationships[1].product_reference = 'pkg:pypi/missing';
    expect(refused(dangling)[0]).toBe('product_tree.relationships[1].product_reference: product id "pkg:pypi/missing" is not defined in the product tree');
  });

  it('refuses a csaf_vex without vulnerabilities', () => {
    const document = base();
    delete document.vulnerabilities;
    expect(refused(document)).toEqual(['vulnerabilities: a csaf_vex document needs at least one vulnerability']);
  });
});
