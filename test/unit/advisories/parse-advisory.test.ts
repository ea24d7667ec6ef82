import { describe, expect, it } from 'vitest';
import { describeAdvisoryFormat, MAX_ADVISORY_BYTES, parseAdvisory } from '@/lib/advisories/parse-advisory';
import { fixtureJson, fixtureText, parsed, refused } from './advisory-fixtures';

describe('parseAdvisory: detection', () => {
  it.each([
    ['csaf-bsi-2022-0001.json', 'csaf', 'CSAF 2.0 security advisory'],
    ['csaf-vex-vexctl-example.json', 'csaf', 'CSAF 2.0 VEX'],
    ['osv-ghsa-jfh8-c2jp-5v3q.json', 'osv', 'OSV 1.3.0'],
    ['osv-alpine-cve-2022-27449.json', 'osv', 'OSV'],
    ['cyclonedx-1.4-vex.json', 'cyclonedx-vex', 'CycloneDX 1.4 VEX'],
    ['cyclonedx-1.6-vex-secobserve.json', 'cyclonedx-vex', 'CycloneDX 1.6 VEX'],
    ['openvex-vexctl-demo.json', 'openvex', 'OpenVEX 0.2.0'],
  ])('%s is %s, described as "%s"', (name, format, label) => {
    const text = fixtureText(name);
    expect(parsed(text).format).toBe(format);
    expect(describeAdvisoryFormat(text)).toBe(label);
  });

  it('accepts a UTF-8 byte order mark before the object', () => {
    expect(parsed(`\ufeff${fixtureText('osv-go-2020-0001.json')}`).documentId).toBe('GO-2020-0001');
  });

  it('refuses JSON that is no advisory, e.g. an SBOM or an SPDX document', () => {
    const reasons = refused({ spdxVersion: 'SPDX-2.3', packages: [] });
    expect(reasons).toEqual([expect.stringMatching(/^The JSON is not a recognised advisory: expected CSAF 2\.0/)]);
    expect(describeAdvisoryFormat('{"spdxVersion":"SPDX-2.3"}')).toBeNull();
  });
});

describe('parseAdvisory: what is refused before any format', () => {
  it('refuses text that is not JSON, a JSON array and a JSON string', () => {
    expect(refused('<?xml version="1.0"?><cvrfdoc/>')).toEqual([expect.stringMatching(/^The document is not a JSON object/)]);
    expect(refused('[{"id":"GHSA-1"}]')).toEqual([expect.stringMatching(/^The document is not a JSON object/)]);
    expect(refused('{"id": "GHSA-1",')).toEqual([expect.stringMatching(/^The document is not valid JSON: /)]);
    expect(describeAdvisoryFormat('not json')).toBeNull();
  });

  it('refuses a document larger than MAX_ADVISORY_BYTES, counted in UTF-8 bytes', () => {
    const padding = 'ü'.repeat(Math.ceil(MAX_ADVISORY_BYTES / 2) + 1);
    const result = parseAdvisory(JSON.stringify({ id: 'X', modified: '2024-01-01T00:00:00Z', affected: [], details: padding }));
    expect(result).toEqual({ ok: false, reasons: [`The document is larger than ${MAX_ADVISORY_BYTES} bytes, the most that is parsed.`] });
  });

  it('refuses a depth bomb before JSON.parse', () => {
    const bomb = `{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(refused(bomb)).toEqual(['The JSON is nested more than 100 levels deep.']);
  });

  it('refuses NUL and lone surrogates (which PostgreSQL cannot store), naming the path', () => {
    const nul = fixtureJson('osv-go-2020-0001.json');
    nul.affected[0].package.name = 'github.com/gin-gonic/gin\u0000';
    expect(refused(nul)).toEqual([expect.stringMatching(/^affected\[0\]\.package\.name: The text contains a NUL character/)]);
    const surrogate = fixtureText('openvex-vexctl-demo.json').replace('"Wolfi J Inkinson"', '"Wolfi \\ud800"');
    expect(refused(surrogate)).toEqual([expect.stringMatching(/^author: The text contains a lone UTF-16 surrogate/)]);
    const key = fixtureText('csaf-vex-vexctl-example.json').replace('"notes"', '"no\\u0000tes"');
    expect(refused(key)[0]).toMatch(/^document\.no\\u0000tes: The key contains a NUL character/);
  });
});
