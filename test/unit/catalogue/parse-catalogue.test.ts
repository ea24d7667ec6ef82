import { describe, expect, it } from 'vitest';
import { InvalidCatalogueError, parseCatalogue } from '@/lib/catalogue/parse-catalogue';
import { rawCatalogue } from './catalogue-fixture';

describe('parseCatalogue', () => {
  it('accepts the catalogue file', () => {
    const catalogue = parseCatalogue(rawCatalogue());
    expect(catalogue.specs).toHaveLength(23);
    expect(catalogue.unconfirmed).toHaveLength(8);
  });

  it('holds every test case id only once across the whole catalogue', () => {
    const ids = rawCatalogue().specs.flatMap((spec) => spec.test_cases.map((testCase) => testCase.id));
    expect(ids).toHaveLength(202);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a duplicate test case id', () => {
    const raw = rawCatalogue();
    const amf = raw.specs.find((spec) => spec.spec === 'TS 33.512')!;
    amf.test_cases.push({ ...amf.test_cases[0] });
    expect(() => parseCatalogue(raw)).toThrow(/duplicate test case id 33\.512-4\.2\.2\.1\.1/);
  });

  it('refuses an id that does not match its spec and clause', () => {
    const raw = rawCatalogue();
    raw.specs[1].test_cases[0].id = '33.117-4.2.2.1.1';
    expect(() => parseCatalogue(raw)).toThrow(InvalidCatalogueError);
  });

  it('refuses a spec with test cases but no version', () => {
    const raw = rawCatalogue();
    delete raw.specs[0].version;
    expect(() => parseCatalogue(raw)).toThrow(/TS 33\.117 has test cases but no version/);
  });

  it('refuses a malformed file and reports where', () => {
    const raw = rawCatalogue();
    raw.specs[2].network_segment = 'edge';
    try {
      parseCatalogue(raw);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidCatalogueError);
      expect((error as InvalidCatalogueError).issues[0].path).toBe('specs.2.network_segment');
    }
    expect(() => parseCatalogue(null)).toThrow(InvalidCatalogueError);
  });
});
