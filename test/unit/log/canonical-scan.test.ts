import canonicalize from 'canonicalize';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanPlainCanonicalJson } from '@/lib/log/canonical-scan';
import { buildEntry, canonicalEntryText, isCanonicalJson, SYSTEM_ACTOR } from '@/lib/log/entry';

const reference = (text: string) => {
  try {
    return canonicalize(JSON.parse(text)) === text;
  } catch {
    return false;
  }
};

describe('scanPlainCanonicalJson', () => {
  it('recognises the texts log entries are made of', () => {
    const entry = buildEntry({
      type: 'evidence.added',
      actor: { user: 'u-1', org: 'o-1', orgKind: 'vendor' },
      subject: { kind: 'submission', id: 's-1' },
      data: { sha256: 'ab'.repeat(32), size: 1234, filename: 'sbom.cdx.json', kind: 'sbom', nested: [0, -7, { a: null, b: true }] },
    }, new Date('2026-11-26T03:04:05.678Z'), randomBytes);
    expect(scanPlainCanonicalJson(canonicalEntryText(entry))).toBe(true);
    expect(scanPlainCanonicalJson(canonicalEntryText(buildEntry({ type: 'certificate.expired', actor: SYSTEM_ACTOR, subject: { kind: 'certificate', id: 'x' }, data: {} }, new Date(0), randomBytes)))).toBe(true);
    for (const text of ['{}', '[]', '0', '-12', '"a b/c+="', 'null', 'true', '{"a":[1,{"b":"x"}],"b":false}', '999999999999999', '{"10":1,"9":2}']) {
      expect(scanPlainCanonicalJson(text), text).toBe(true);
    }
  });

  it('never answers true for a text that is not canonical, and leaves what it cannot tell to the full check', () => {
    for (const text of [
      '{"b":1,"a":2}', '{"a":1,"a":1}', '{"a": 1}', ' {}', '{}\n', '[1,]', '[,1]', '{"a":1,}', '{"a"1}', '{"a":}', '{a:1}',
      '-0', '01', '1.0', '1.5', '1e3', '-', '--1', '9999999999999999', '"\\u0041"', '"é"', '"a\\nb"', '"\u007f"', '"\u0001"',
      'tru', 'nul', 'true false', '"unterminated', '[1', '{"a":1', '', '[1 ]',
    ]) {
      expect(scanPlainCanonicalJson(text), text).toBeNull();
    }
    expect(scanPlainCanonicalJson('['.repeat(100_000) + ']'.repeat(100_000))).toBeNull();
  });

  it('answers true only where re-canonicalising agrees, for any value and any small change to its text', () => {
    const json = fc.jsonValue({ maxDepth: 4 }).filter((v) => v !== undefined);
    fc.assert(
      fc.property(json, fc.nat(), fc.integer({ min: 0, max: 5 }), fc.string({ maxLength: 3 }), (value, position, change, insert) => {
        const canonical = canonicalize(value) as string;
        const scanned = scanPlainCanonicalJson(canonical);
        if (scanned) expect(reference(canonical)).toBe(true);
        expect(isCanonicalJson(canonical)).toBe(true);
        const at = canonical.length === 0 ? 0 : position % canonical.length;
        const changed = [
          canonical.slice(0, at) + insert + canonical.slice(at),
          canonical.slice(0, at) + canonical.slice(at + 1),
          canonical.slice(0, at) + canonical.slice(at + 1, at + 2) + canonical.slice(at, at + 1) + canonical.slice(at + 2),
          canonical.replace(/\d/, '0$&'),
          canonical.replace(/"([^"]*)":/, '"$1":0,"$1":'),
          canonical.replace(/,/, ' ,'),
        ][change];
        if (scanPlainCanonicalJson(changed)) expect(reference(changed), changed).toBe(true);
        expect(isCanonicalJson(changed), changed).toBe(reference(changed));
      }),
      { numRuns: 3000 },
    );
  });
});
