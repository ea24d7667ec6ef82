import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText, parsed, refused } from './advisory-fixtures';

describe('CycloneDX VEX', () => {
  it('1.6 (SecObserve): affects refs resolve to components; states and justifications in CISA terms', () => {
    const advisory = parsed(fixtureText('cyclonedx-1.6-vex-secobserve.json'));
    expect(advisory).toMatchObject({
      format: 'cyclonedx-vex',
      documentId: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      revision: '1',
      title: 'CycloneDX VEX for VEX_Test',
      published: '2024-07-14T11:17:57.668593+00:00',
      warnings: [],
    });
    expect(advisory.statements.map((s) => [s.vulnerabilityId, s.product.purl, s.range, s.status, s.justification])).toEqual([
      ['CVE-2023-49083', 'pkg:pypi/cryptography@41.0.5', { kind: 'exact', versions: ['41.0.5'] }, 'not_affected', 'vulnerable_code_cannot_be_controlled_by_adversary'],
      ['CVE-2023-50782', 'pkg:pypi/cryptography@41.0.5', { kind: 'exact', versions: ['41.0.5'] }, 'affected', null],
      ['CVE-2024-1135', 'pkg:pypi/gunicorn@21.2.0', { kind: 'exact', versions: ['21.2.0'] }, 'affected', null],
      ['CVE-2024-4340', 'pkg:pypi/sqlparse@0.4.4', { kind: 'exact', versions: ['0.4.4'] }, 'under_investigation', null],
    ]);
    expect(advisory.statements[0]).toMatchObject({ detail: 'Not affected for VEX test case', remediation: null, product: { documentRef: 'comp-cryptography', name: 'cryptography' } });
    expect(advisory.statements[2].remediation).toBe('Upgrade gunicorn to version 22.0.0');
  });

  it('1.4 (bom-examples): a BOM-Link to another BOM is matched by the purl in its fragment; no serialNumber → SHA-256 identity', () => {
    const text = fixtureText('cyclonedx-1.4-vex.json');
    const advisory = parsed(text);
    expect(advisory.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(parsed(text).documentId).toBe(advisory.documentId);
    expect(advisory.vulnerabilities).toEqual([
      { id: 'CVE-2020-25649', aliases: ['SNYK-JAVA-COMFASTERXMLJACKSONCORE-1048302'], title: null, cvssScore: 8.2, activelyExploited: false },
    ]);
    expect(advisory.statements).toEqual([
      {
        vulnerabilityId: 'CVE-2020-25649',
        aliases: ['SNYK-JAVA-COMFASTERXMLJACKSONCORE-1048302'],
        product: {
          purl: 'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.0?type=jar',
          cpe: null,
          documentRef: 'urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.0?type=jar',
          name: null,
        },
        range: { kind: 'exact', versions: ['2.10.0'] },
        status: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
        detail: 'Automated dataflow analysis and manual code review indicates that the vulnerable code is not reachable, either directly or indirectly.',
        remediation: null,
      },
    ]);
    expect(advisory.warnings).toEqual([
      'serialNumber is missing: the document is identified by its SHA-256, so a later revision is not recognised as the same document',
      'vulnerabilities[0].affects[0]: refers to another BOM (urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.0?type=jar); matched by the purl in its bom-ref',
    ]);
  });

  it('affects[].versions: range in vers, version exact, status unaffected → not_affected, unknown → under_investigation', () => {
    const bom = fixtureJson('cyclonedx-1.6-vex-secobserve.json');
    bom.version = 3;
    bom.vulnerabilities = [
      {
        id: 'CVE-2023-50782',
        analysis: { state: 'exploitable' },
        affects: [
          {
            ref: 'comp-cryptography',
            versions: [
              { range: 'vers:pypi/>=7.1|<42.0.0', status: 'affected' },
              { version: '42.0.0', status: 'unaffected' },
              { version: '41.0.6', status: 'unknown' },
            ],
          },
        ],
      },
      { id: 'CVE-2024-0001', analysis: { state: 'resolved_with_pedigree' }, affects: [{ ref: 'comp-idna' }] },
      { id: 'CVE-2024-0002', analysis: { state: 'false_positive' }, affects: [{ ref: 'comp-idna' }] },
      { id: 'CVE-2024-0003', affects: [{ ref: 'urn:cdx:cbb2cd68-2857-43b8-a10b-e8c03d277d18/1#product-ABC' }] },
    ];
    const advisory = parsed(bom);
    expect(advisory.revision).toBe('3');
    expect(advisory.statements.map((s) => [s.vulnerabilityId, s.range, s.status, s.justification])).toEqual([
      ['CVE-2023-50782', { kind: 'vers', vers: 'vers:pypi/>=7.1|<42.0.0' }, 'affected', null],
      ['CVE-2023-50782', { kind: 'exact', versions: ['42.0.0'] }, 'not_affected', null],
      ['CVE-2023-50782', { kind: 'exact', versions: ['41.0.6'] }, 'under_investigation', null],
      ['CVE-2024-0001', { kind: 'exact', versions: ['3.6'] }, 'fixed', null],
      ['CVE-2024-0002', { kind: 'exact', versions: ['3.6'] }, 'not_affected', 'vulnerable_code_not_present'],
    ]);
    expect(advisory.warnings).toEqual([
      'vulnerabilities[3] (CVE-2024-0003) has no analysis.state: read as affected',
      'vulnerabilities[3].affects[0]: refers to a component of another BOM (urn:cdx:cbb2cd68-2857-43b8-a10b-e8c03d277d18/1#product-ABC) that this document does not describe; not matched',
    ]);
  });
});

describe('CycloneDX VEX refusals', () => {
  const base = () => fixtureJson('cyclonedx-1.6-vex-secobserve.json');

  it('refuses CycloneDX before 1.4 and a BOM without vulnerabilities', () => {
    const old = base();
    old.specVersion = '1.3';
    expect(refused(old)[0]).toMatch(/^specVersion: CycloneDX VEX is read from specVersion 1\.4 to 1\.7/);
    const sbom = base();
    delete sbom.vulnerabilities;
    expect(refused(sbom)[0]).toMatch(/^vulnerabilities: /);
  });

  it('refuses an unknown analysis state and a ref that names no component, naming the path', () => {
    const state = base();
    state.vulnerabilities[1].analysis.state = 'maybe';
    expect(refused(state)[0]).toMatch(/^vulnerabilities\[1\]\.analysis\.state: /);
    const ref = base();
    ref.vulnerabilities[2].affects[0].ref = 'comp-missing';
    expect(refused(ref)).toEqual(['vulnerabilities[2].affects[0].ref: "comp-missing" names no component of this BOM']);
  });

  it('refuses a range that is not vers and a malformed serialNumber', () => {
    const range = base();
    range.vulnerabilities[0].affects[0].versions = [{ range: '>=1.0 <2.0' }];
    expect(refused(range)).toEqual(['vulnerabilities[0].affects[0].versions[0].range: ">=1.0 <2.0" is not a vers range']);
    const serial = base();
    serial.serialNumber = 'not-a-urn';
    expect(refused(serial)[0]).toMatch(/^serialNumber: expected urn:uuid:<uuid>/);
  });
});
