import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, fromBase64 } from '@/lib/log/bytes';
import { buildEntry, canonicalEntryBytes, canonicalEntryText, isCanonicalJson, SYSTEM_ACTOR } from '@/lib/log/entry';
import { ENTRY_TYPES, isEntryType, isPublicEntryType } from '@/lib/log/entry-types';
import { vectors } from './load-vectors';

const jcs = vectors.rfc8785_jcs_vectors;
const fixedBytes = (size: number) => Uint8Array.from({ length: size }, (_, i) => i);

function doubleFromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('RFC 8785 with the canonicalize package', () => {
  it.each(jcs.numbers_ieee754_hex_to_text)('serialises IEEE-754 %s as %s', (bits, text) => {
    expect(canonicalize(doubleFromBits(bits))).toBe(text);
    expect(canonicalize([doubleFromBits(bits)])).toBe(`[${text}]`);
  });

  it('canonicalises the sample object', () => {
    expect(canonicalize(JSON.parse(jcs.sample_object_input_json))).toBe(jcs.sample_object_canonical);
    expect(isCanonicalJson(jcs.sample_object_canonical)).toBe(true);
    expect(isCanonicalJson(jcs.sample_object_input_json)).toBe(false);
  });

  it('sorts keys by UTF-16 code units, not code points', () => {
    expect(canonicalize({ '\u{1F600}': 1, '\uFB33': 2 })).toBe('{"\u{1F600}":1,"\uFB33":2}');
  });

  it('spots duplicate keys, whitespace, and numbers JavaScript cannot hold exactly', () => {
    expect(isCanonicalJson('{"a":1,"a":2}')).toBe(false);
    expect(isCanonicalJson('{"a": 1}')).toBe(false);
    expect(isCanonicalJson('{"a":9007199254740993}')).toBe(false);
    expect(isCanonicalJson('{"a":1.0}')).toBe(false);
    expect(isCanonicalJson('not json')).toBe(false);
  });

  it('agrees with re-canonicalising on key order, integer-like keys, nesting and escapes', () => {
    const reference = (text: string) => {
      try {
        return canonicalize(JSON.parse(text)) === text;
      } catch {
        return false;
      }
    };
    const texts = [
      '{"b":1,"a":2}',
      '{"a":2,"b":1}',
      '{"10":1,"9":2}', // canonical: code-unit order, which V8 does not keep for integer-like keys
      '{"9":2,"10":1}',
      '{"1":1,"a":{"d":[{"c":1,"b":2}],"e":null}}',
      '{"1":1,"a":{"d":[{"b":2,"c":1}],"e":null}}',
      '[{"z":1,"y":2},3]',
      '[{"y":2,"z":1},3]',
      `{"${'\u{1F600}'}":1,"${'\uFB33'}":2}`,
      '{"a":"\u00e9"}',
      '{"a":"é"}',
      '{"a":"\u001f"}',
      '{"a":-0}',
      '{"a":1e+21}',
      '{"a":1e21}',
      '{"a":0.000001}',
      '{"a":1e-7}',
      '"x"',
      '12',
      'null',
      '{}',
      '[]',
      '{"a":[]}',
      '{"a":1,"a":1}',
    ];
    for (const text of texts) expect(isCanonicalJson(text), text).toBe(reference(text));
    expect(isCanonicalJson('{"10":1,"9":2}')).toBe(true);
    expect(isCanonicalJson('{"9":2,"10":1}')).toBe(false);
    expect(isCanonicalJson('{"1":1,"a":{"d":[{"c":1,"b":2}],"e":null}}')).toBe(false);
  });
});

describe('log entries', () => {
  const input = {
    type: 'evidence.added' as const,
    actor: { user: 'u-1', org: 'o-1', orgKind: 'vendor' },
    subject: { kind: 'submission', id: 's-1' },
    data: { sha256: 'ab'.repeat(32), size: 1234, filename: 'sbom.cdx.json', kind: 'sbom' },
  };

  it('builds a v1 entry with an RFC 3339 UTC time and a 16-byte base64 nonce', () => {
    const entry = buildEntry(input, new Date('2026-01-02T03:04:05.678Z'), fixedBytes);
    expect(entry).toEqual({ v: 1, ...input, at: '2026-01-02T03:04:05.678Z', nonce: 'AAECAwQFBgcICQoLDA0ODw==' });
    expect(fromBase64(entry.nonce)).toEqual(fixedBytes(16));
  });

  it('serialises to canonical JSON with sorted keys and no whitespace', () => {
    const entry = buildEntry(input, new Date('2026-01-02T03:04:05.678Z'), fixedBytes);
    expect(canonicalEntryText(entry)).toBe(
      '{"actor":{"org":"o-1","orgKind":"vendor","user":"u-1"},"at":"2026-01-02T03:04:05.678Z",' +
        '"data":{"filename":"sbom.cdx.json","kind":"sbom","sha256":"' +
        'ab'.repeat(32) +
        '","size":1234},"nonce":"AAECAwQFBgcICQoLDA0ODw==","subject":{"id":"s-1","kind":"submission"},' +
        '"type":"evidence.added","v":1}',
    );
    expect(decodeUtf8(canonicalEntryBytes(entry))).toBe(canonicalEntryText(entry));
    expect(isCanonicalJson(canonicalEntryText(entry))).toBe(true);
  });

  it('uses the system actor when there is none', () => {
    const entry = buildEntry({ ...input, type: 'certificate.expired', actor: null }, new Date(0), fixedBytes);
    expect(entry.actor).toEqual({ user: null, org: null, orgKind: 'system' });
    expect(SYSTEM_ACTOR.orgKind).toBe('system');
  });

  it('draws a fresh nonce for every entry', () => {
    const random = (size: number) => globalThis.crypto.getRandomValues(new Uint8Array(size));
    const a = buildEntry(input, new Date(0), random);
    const b = buildEntry(input, new Date(0), random);
    expect(a.nonce).not.toBe(b.nonce);
    expect(() => buildEntry(input, new Date(0), () => new Uint8Array(8))).toThrow(RangeError);
  });

  it('refuses data that has no JSON form', () => {
    const entry = buildEntry({ ...input, data: { bad: Number.NaN } }, new Date(0), fixedBytes);
    expect(() => canonicalEntryText(entry)).toThrow();
  });
});

describe('entry types', () => {
  it('lists each type once, including every type the design names', () => {
    expect(new Set(ENTRY_TYPES).size).toBe(ENTRY_TYPES.length);
    const named = ['submission.created', 'submission.submitted', 'submission.withdrawn', 'submission.accepted',
      'submission.declined', 'submission.resubmitted', 'evaluation.submitted', 'results.recorded', 'evidence.added',
      'decision.approved', 'decision.rejected', 'decision.changes_requested', 'certificate.issued',
      'certificate.suspended', 'certificate.reinstated', 'certificate.revoked', 'certificate.expired',
      'vulnerability.reported', 'vulnerability.updated', 'lab.accredited', 'org.created', 'user.created',
      'operator.decision', 'deployments.replaced', 'log.key_rotated', 'product.created', 'version.created'];
    expect(ENTRY_TYPES).toEqual(expect.arrayContaining(named));
    expect(isEntryType('submission.created')).toBe(true);
    expect(isEntryType('submission.deleted')).toBe(false);
  });

  it('makes exactly certificates, lab accreditations, new organisations, key rotations and portal setting changes public', () => {
    expect(ENTRY_TYPES.filter(isPublicEntryType)).toEqual([
      'certificate.issued',
      'certificate.suspended',
      'certificate.reinstated',
      'certificate.revoked',
      'certificate.expired',
      'certificate.review_required',
      'certificate.review_cleared',
      'lab.accredited',
      'org.created',
      'log.key_rotated',
      'portal_setting.changed',
    ]);
    expect(isPublicEntryType('certificate.forged')).toBe(false);
  });
});
