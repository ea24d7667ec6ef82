import { open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvidenceError, type EvidenceErrorCode } from '@/lib/evidence/errors';
import { parseSbom } from '@/lib/evidence/sbom/parse-sbom';
import { parseSbomFile, parseSbomStream } from '@/lib/evidence/sbom/read-sbom';
import { MAX_LISTED_COMPONENTS, MAX_SBOM_BYTES, type SbomSummary } from '@/lib/evidence/sbom/sbom-summary';
import { useTempRoot } from './temp-root';

const FIXTURES = path.resolve(__dirname, '../../fixtures/sboms');
const fixture = (name: string) => path.join(FIXTURES, name);
const root = useTempRoot('sbom');

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const cyclonedx = (extra: Record<string, unknown> = {}) =>
  json({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, ...extra });
const spdx = (extra: Record<string, unknown> = {}) =>
  json({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', documentNamespace: 'https://example.test/doc', ...extra });

function refusalOf(run: () => unknown): EvidenceError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EvidenceError);
    return error as EvidenceError;
  }
  throw new Error('expected a refusal');
}

async function asyncRefusalOf(promise: Promise<unknown>): Promise<EvidenceError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EvidenceError);
  return error as EvidenceError;
}

// Expected values computed independently with jq / python3 from the fixture
// files (recursive count of `components`, `packages | length`).
describe('parseSbomFile on real documents', () => {
  it('CycloneDX 1.4 laravel: 62 components, metadata.component not counted', async () => {
    const summary = await parseSbomFile(fixture('cyclonedx-1.4-laravel-7.12.0.json'));

    expect(summary).toMatchObject({ format: 'cyclonedx', specVersion: '1.4', serialNumber: null, componentCount: 62 });
    expect(summary.components).toHaveLength(62);
    expect(summary.components[0]).toEqual({
      name: 'stack-cors',
      version: '1.3.0',
      purl: 'pkg:composer/asm89/stack-cors@1.3.0',
      licenses: ['MIT'],
    });
    expect(summary.components.at(-1)!.name).toBe('portable-ascii');
    expect(summary.components.map((c) => c.name)).not.toContain('cyclonedx-php-composer-demo');
    expect(summary).not.toHaveProperty('vulnerabilities');
  });

  it('CycloneDX 1.4 juice-shop: 1115 components, expression licences, duplicate licences merged', async () => {
    const summary = await parseSbomFile(fixture('cyclonedx-1.4-juice-shop-flat.json'));

    expect(summary).toMatchObject({ format: 'cyclonedx', specVersion: '1.4', componentCount: 1115 });
    expect(summary.components).toHaveLength(1115);
    expect(summary.components[0]).toEqual({
      name: 'helper-string-parser',
      version: '7.19.4',
      purl: 'pkg:npm/%40babel/helper-string-parser@7.19.4#packages/babel-helper-string-parser',
      licenses: ['MIT'],
    });
    expect(summary.components[140]).toMatchObject({ name: 'atob', licenses: ['(MIT OR Apache-2.0)'] });
    expect(summary.components.find((c) => c.name === 'buffer-crc32')!.licenses).toEqual(['MIT']);
    expect(summary.components.filter((c) => c.licenses.length === 0)).toHaveLength(9);
  });

  it('CycloneDX 1.2 proton-bridge: 201 components, serial number, named licences', async () => {
    const summary = await parseSbomFile(fixture('cyclonedx-1.2-proton-bridge-1.8.0.json'));

    expect(summary).toMatchObject({
      format: 'cyclonedx',
      specVersion: '1.2',
      serialNumber: 'urn:uuid:d7a0ac67-e0f8-4342-86c6-801a02437636',
      componentCount: 201,
    });
    expect(summary.components.find((c) => c.name === 'github.com/BurntSushi/xgb')!.licenses).toEqual([
      'BSD-3-Clause',
      'GooglePatentClause',
    ]);
  });

  it('CycloneDX 1.4 VEX: no components, one exploitable CVE affecting the product', async () => {
    const summary = await parseSbomFile(fixture('cyclonedx-1.4-vex-affected.json'));

    expect(summary).toEqual({
      format: 'cyclonedx',
      specVersion: '1.4',
      serialNumber: null,
      componentCount: 0,
      components: [],
      vulnerabilityCount: 1,
      vulnerabilities: [{ id: 'CVE-2021-44228', analysisState: 'exploitable', affects: ['product-DEF'] }],
    });
  });

  it('SPDX 2.3 example11: 4 packages, purls from externalRefs, NOASSERTION ignored', async () => {
    const summary = await parseSbomFile(fixture('spdx-2.3-example11.json'));

    expect(summary).toMatchObject({
      format: 'spdx',
      specVersion: '2.3',
      documentNamespace: 'https://spdx.org/spdxdocs/k8s-releng-bom-7c6a33ab-bd76-4b06-b291-a850e0815b07',
      componentCount: 4,
    });
    expect(summary.components).toEqual([
      {
        name: 'hello-server-src',
        version: '0.1.0',
        purl: 'pkg:deb/debian/libselinux1-dev@3.1-3?arch=s390x',
        licenses: ['Apache-2.0'],
      },
      { name: 'hyper', version: '0.14', purl: 'pkg:cargo/hyper@0.14', licenses: ['MIT'] },
      { name: 'tokio', version: '1.19.2', purl: 'pkg:cargo/tokio@1.19.2', licenses: ['MIT'] },
      {
        name: 'pretty_env_logger',
        version: '0.4.0',
        purl: 'pkg:cargo/pretty_env_logger@0.4.0',
        licenses: ['MIT OR Apache-2.0'],
      },
    ]);
  });

  it('SPDX 2.2 appbomination: 7 packages including the described root', async () => {
    const summary = await parseSbomFile(fixture('spdx-2.2-appbomination.json'));

    expect(summary).toMatchObject({ format: 'spdx', specVersion: '2.2', componentCount: 7 });
    const byName = new Map(summary.components.map((c) => [c.name, c]));
    expect(byName.get('App-BOM-ination')).toEqual({
      name: 'App-BOM-ination',
      version: '1.0',
      purl: null,
      licenses: ['(LicenseRef-1 AND Apache-2.0)'],
    });
    expect(byName.get('Gradle')).toMatchObject({ version: null, licenses: ['Apache-2.0'] });
    expect(byName.get('hamcrest-core')).toMatchObject({
      purl: 'pkg:maven/org.hamcrest/hamcrest-core@1.3',
      licenses: ['BSD-3-Clause'],
    });
  });

  it('reads the same summary from a stream as from the file', async () => {
    const file = fixture('cyclonedx-1.4-laravel-7.12.0.json');
    const handle = await open(file);

    const fromStream = await parseSbomStream(handle.createReadStream({ highWaterMark: 4096 }));

    expect(fromStream).toEqual(await parseSbomFile(file));
  });
});

describe('parseSbom on constructed documents', () => {
  it('flattens nested components depth-first, excluding metadata.component', () => {
    const summary = parseSbom(
      cyclonedx({
        metadata: { component: { type: 'application', name: 'gNB', components: [{ type: 'library', name: 'm' }] } },
        components: [
          { type: 'library', name: 'a', components: [{ type: 'library', name: 'a1', components: [{ name: 'a1x' }] }] },
          { type: 'library', name: 'b', components: [{ name: 'b1' }, { name: 'b2' }] },
        ],
      }),
    );

    expect(summary.componentCount).toBe(6);
    expect(summary.components.map((c) => c.name)).toEqual(['a', 'a1', 'a1x', 'b', 'b1', 'b2']);
  });

  it('counts every component but lists only the first 5000', () => {
    const components = Array.from({ length: 6000 }, (_, i) => ({ type: 'library', name: `c${i}` }));

    const summary = parseSbom(cyclonedx({ components }));

    expect(summary.componentCount).toBe(6000);
    expect(summary.components).toHaveLength(MAX_LISTED_COMPONENTS);
    expect(summary.components.at(-1)!.name).toBe('c4999');
  });

  it('accepts CycloneDX 1.6 and counts SPDX packages without licence information', () => {
    expect(parseSbom(cyclonedx({ specVersion: '1.6', components: [{ name: 'x' }] })).componentCount).toBe(1);
    const summary = parseSbom(spdx({ packages: [{ name: 'p', licenseConcluded: 'NONE', licenseDeclared: 'NOASSERTION' }] }));
    expect(summary.components).toEqual([{ name: 'p', version: null, purl: null, licenses: [] }]);
  });

  it('ignores a __proto__ key instead of polluting prototypes', () => {
    const bytes = Buffer.from('{"bomFormat":"CycloneDX","specVersion":"1.4","__proto__":{"polluted":true},"components":[]}');

    expect(parseSbom(bytes).componentCount).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not count brackets inside strings towards the depth limit', () => {
    const summary = parseSbom(cyclonedx({ components: [{ name: '['.repeat(1000) + '{'.repeat(1000) }] }));

    expect(summary.componentCount).toBe(1);
  });
});

describe('parseSbom refusals', () => {
  const cases: Array<[string, () => Buffer, EvidenceErrorCode, number, RegExp]> = [
    [
      'a depth bomb',
      () => Buffer.from(`{"bomFormat":"CycloneDX","specVersion":"1.4","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
      'sbom_too_deep',
      422,
      /200 levels/,
    ],
    ['an unclosed depth bomb', () => Buffer.from(`{"a":${'{"a":'.repeat(50_000)}`), 'sbom_too_deep', 422, /200/],
    ['plain text', () => Buffer.from('hello, world'), 'sbom_unsupported_format', 415, /not a JSON object/],
    ['a PDF', () => Buffer.from('%PDF-1.7\n%\u00e2\u00e3'), 'sbom_unsupported_format', 415, /not a JSON object/],
    ['CycloneDX XML', () => Buffer.from('<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.4"/>'), 'sbom_unsupported_format', 415, /CycloneDX JSON/],
    ['a JSON array', () => Buffer.from('[{"bomFormat":"CycloneDX"}]'), 'sbom_unsupported_format', 415, /not a JSON object/],
    ['an empty file', () => Buffer.alloc(0), 'sbom_unsupported_format', 415, /not a JSON object/],
    ['broken JSON', () => Buffer.from('{"bomFormat": "CycloneDX", '), 'sbom_malformed', 422, /not valid JSON/],
    ['invalid UTF-8', () => Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), 'sbom_malformed', 422, /UTF-8/],
    ['a JSON object that is no SBOM', () => json({ name: 'package.json', version: '1.0.0' }), 'sbom_unsupported_format', 415, /neither/],
    ['another bomFormat', () => json({ bomFormat: 'SWID', specVersion: '1.0' }), 'sbom_unsupported_format', 415, /"SWID"/],
    ['CycloneDX 1.1', () => cyclonedx({ specVersion: '1.1' }), 'sbom_unsupported_version', 422, /CycloneDX 1\.1 is not supported/],
    ['CycloneDX 2.0', () => cyclonedx({ specVersion: '2.0' }), 'sbom_unsupported_version', 422, /1\.2, 1\.3, 1\.4, 1\.5, 1\.6/],
    ['a numeric specVersion', () => cyclonedx({ specVersion: 1.4 }), 'sbom_malformed', 422, /specVersion/],
    ['SPDX-2.1', () => spdx({ spdxVersion: 'SPDX-2.1' }), 'sbom_unsupported_version', 422, /SPDX-2\.1 is not supported/],
    [
      'SPDX 3.0.0 JSON-LD',
      () =>
        json({
          '@context': 'https://spdx.org/rdf/3.0.0/spdx-context.jsonld',
          '@graph': [{ type: 'CreationInfo', '@id': '_:c', specVersion: '3.0.0', created: '2024-01-01T00:00:00Z' }],
        }),
      'sbom_unsupported_version',
      422,
      /SPDX 3\.0\.0 is not supported/,
    ],
    [
      'SPDX 3 JSON-LD without a CreationInfo',
      () => json({ '@context': 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld', '@graph': [] }),
      'sbom_malformed',
      422,
      /^Not a valid SPDX 3 document: @graph: no CreationInfo/,
    ],
    [
      'an SPDX 3 package without a name',
      () =>
        json({
          '@context': 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld',
          '@graph': [
            { type: 'CreationInfo', '@id': '_:c', specVersion: '3.0.1', created: '2024-01-01T00:00:00Z' },
            { type: 'software_Package', spdxId: 'urn:p', creationInfo: '_:c' },
          ],
        }),
      'sbom_malformed',
      422,
      /@graph\[1\]\.name/,
    ],
    ['components that are not an array', () => cyclonedx({ components: { name: 'x' } }), 'sbom_malformed', 422, /^Not a valid CycloneDX document: components:/],
    [
      'a nested component without a name',
      () => cyclonedx({ components: [{ name: 'a', components: [{ name: 'b' }, { version: '1' }] }] }),
      'sbom_malformed',
      422,
      /components\[0\]\.components\[1\]\.name/,
    ],
    ['a licence with neither id nor name', () => cyclonedx({ components: [{ name: 'a', licenses: [{ license: {} }] }] }), 'sbom_malformed', 422, /components\[0\]\.licenses\[0\]/],
    [
      'an unknown VEX analysis state',
      () => cyclonedx({ vulnerabilities: [{ id: 'CVE-2024-1', analysis: { state: 'totally_fine' } }] }),
      'sbom_malformed',
      422,
      /vulnerabilities\[0\]\.analysis\.state/,
    ],
    ['SPDX without documentNamespace', () => json({ spdxVersion: 'SPDX-2.3' }), 'sbom_malformed', 422, /documentNamespace/],
    ['an SPDX package without a name', () => spdx({ packages: [{ SPDXID: 'SPDXRef-1' }] }), 'sbom_malformed', 422, /packages\[0\]\.name/],
  ];

  it.each(cases)('refuses %s', (_label, bytes, code, status, detail) => {
    const error = refusalOf(() => parseSbom(bytes()));

    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.message).toMatch(detail);
  });

  it('refuses more than 64 MiB before parsing', () => {
    const error = refusalOf(() => parseSbom(Buffer.alloc(MAX_SBOM_BYTES + 1, 0x20)));

    expect(error.code).toBe('sbom_too_large');
    expect(error.status).toBe(413);
  });

  it('refuses an over-size file from its size, without reading it', async () => {
    const file = path.join(root.path, 'huge.json');
    await writeFile(file, '{');
    const handle = await open(file, 'r+');
    await handle.truncate(MAX_SBOM_BYTES + 1);
    await handle.close();

    const error = await asyncRefusalOf(parseSbomFile(file));

    expect(error.code).toBe('sbom_too_large');
  });

  it('stops reading a stream once it passes 64 MiB', async () => {
    let pulls = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulls++;
        yield new Uint8Array(8 * 1024 * 1024);
      }
    }

    const error = await asyncRefusalOf(parseSbomStream(endless()));

    expect(error.code).toBe('sbom_too_large');
    expect(pulls).toBe(9);
  });

  it('parses the fixture bytes directly, the same as from disk', async () => {
    const bytes = await readFile(fixture('spdx-2.3-example11.json'));
    const summary: SbomSummary = parseSbom(bytes);

    expect(summary.componentCount).toBe(4);
  });
});
