import { describe, expect, it } from 'vitest';
import { checkConformance, hasUniqueIdentifier } from '@/lib/evidence/sbom/check-conformance';
import type { SbomComponentFacts, SbomDocumentFacts } from '@/lib/evidence/sbom/sbom-analysis';

const document = (extra: Partial<SbomDocumentFacts> = {}): SbomDocumentFacts => ({
  format: 'cyclonedx',
  specVersion: '1.6',
  creatorContacts: ['sbom@acme.example'],
  timestamp: '2026-11-01T10:00:00Z',
  topLevelComponent: 'firmware',
  ...extra,
});
const component = (extra: Partial<SbomComponentFacts> = {}): SbomComponentFacts => ({
  name: 'a',
  version: '1',
  purl: 'pkg:npm/a@1',
  cpe: null,
  licenses: ['MIT'],
  hasCreatorContact: true,
  filename: 'a.tgz',
  hasSha512: true,
  hasDependencyEntry: true,
  ...extra,
});
const failed = (doc: SbomDocumentFacts, components: SbomComponentFacts[]) =>
  checkConformance(doc, components).checks.filter((c) => !c.passed).map((c) => c.id);

describe('checkConformance (BSI TR-03183-2 v2.1)', () => {
  it('passes a document with every field', () => {
    const report = checkConformance(document(), [component()]);
    expect(report).toMatchObject({ standard: 'BSI TR-03183-2 v2.1', conforms: true });
    expect(report.checks.map((c) => c.id)).toEqual([
      'format-version', 'sbom-creator', 'timestamp', 'top-level-component', 'component-creator', 'component-name',
      'component-version', 'component-filename', 'component-hash', 'unique-identifier', 'dependencies', 'licences',
    ]);
  });

  it('compares spec versions numerically: CycloneDX 1.10 is newer than 1.6, SPDX 2.3 and 3.0.0 are too old', () => {
    expect(failed(document({ specVersion: '1.10' }), [component()])).toEqual([]);
    expect(failed(document({ specVersion: '1.5' }), [component()])).toEqual(['format-version']);
    expect(failed(document({ format: 'spdx', specVersion: '2.3' }), [component()])).toEqual(['format-version']);
    expect(failed(document({ format: 'spdx', specVersion: '3.0.0' }), [component()])).toEqual(['format-version']);
    expect(failed(document({ format: 'spdx', specVersion: '3.0.1' }), [component()])).toEqual([]);
  });

  it('counts the components that fall short', () => {
    const report = checkConformance(document(), [component(), component({ hasSha512: false }), component({ hasSha512: false })]);
    expect(report.checks.find((c) => c.id === 'component-hash')).toMatchObject({ passed: false, detail: '2 of 3 components lack a SHA-512 hash' });
    expect(report.conforms).toBe(false);
  });

  it('refuses a timestamp that is no date and an SBOM without components', () => {
    expect(failed(document({ timestamp: 'yesterday' }), [component()])).toEqual(['timestamp']);
    expect(failed(document(), [])).toContain('component-name');
  });
});

describe('hasUniqueIdentifier', () => {
  it('takes a purl, or a CPE that names vendor and product, never a wildcard', () => {
    expect(hasUniqueIdentifier({ purl: 'pkg:npm/a@1', cpe: null })).toBe(true);
    expect(hasUniqueIdentifier({ purl: null, cpe: 'cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*' })).toBe(true);
    expect(hasUniqueIdentifier({ purl: null, cpe: 'cpe:2.3:a:*:*:*:*:*:*:*:*:*:*' })).toBe(false);
    expect(hasUniqueIdentifier({ purl: null, cpe: 'cpe:2.3:a:openssl:*:*:*:*:*:*:*:*:*' })).toBe(false);
    expect(hasUniqueIdentifier({ purl: null, cpe: 'cpe:/a:openssl:openssl:1.1.1' })).toBe(true);
    expect(hasUniqueIdentifier({ purl: null, cpe: null })).toBe(false);
  });
});
