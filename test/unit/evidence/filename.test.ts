import { describe, expect, it } from 'vitest';
import { EvidenceError } from '@/lib/evidence/errors';
import { contentDispositionAttachment, sanitizeFilename } from '@/lib/evidence/filename';

describe('sanitizeFilename', () => {
  it.each([
    ['a Unix path traversal', '../../etc/passwd', 'passwd'],
    ['a Windows path', 'C:\\x\\y.bin', 'y.bin'],
    ['mixed separators', 'a/b\\c/d.txt', 'd.txt'],
    ['an RTL override posing as .png', 'invoice\u202Egnp.exe', 'invoicegnp.exe'],
    ['bidi isolates and marks', '\u2066report\u2069\u200E\u200F\u061C.pdf', 'report.pdf'],
    ['zero-width characters and BOM', 'fi\u200Brm\u200C\u200Dware\u2060\uFEFF.bin', 'firmware.bin'],
    ['NUL bytes', 'report\u0000.pdf\u0000', 'report.pdf'],
    ['NUL used to cut an extension', 'evil.exe\u0000.pdf', 'evil.exe.pdf'],
    ['C0, DEL and C1 controls', 'a\u0001b\u001Fc\u007Fd\u0085e\u009F.txt', 'abcde.txt'],
    ['CR/LF (header injection)', 'a\r\nSet-Cookie: x=1.txt', 'aSet-Cookie: x=1.txt'],
    ['leading/trailing dots and spaces', '  ..hidden.tar.gz. . ', 'hidden.tar.gz'],
    ['decomposed accents (to NFC)', 'Pru\u0308fbericht.pdf', 'Pr\u00FCfbericht.pdf'],
    ['an ordinary name', 'SBOM for gNB 4.2 (final).json', 'SBOM for gNB 4.2 (final).json'],
    ['a lone surrogate', 'ab\uD800c.txt', 'abc.txt'],
  ])('cleans %s', (_label, raw, expected) => {
    expect(sanitizeFilename(raw)).toBe(expected);
  });

  it('shortens a 500-character name to 200 keeping the extension', () => {
    const name = sanitizeFilename(`${'a'.repeat(496)}.bin`);

    expect(name).toHaveLength(200);
    expect(name.endsWith('.bin')).toBe(true);
    expect(name.startsWith('a'.repeat(196))).toBe(true);
  });

  it('shortens by code points, never splitting a surrogate pair', () => {
    const name = sanitizeFilename(`${'\u{1F600}'.repeat(300)}.txt`);

    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith('.txt')).toBe(true);
    expect(name.isWellFormed()).toBe(true);
  });

  it('treats an over-long "extension" as part of the name', () => {
    const name = sanitizeFilename(`x.${'b'.repeat(400)}`);

    expect(name).toBe(`x.${'b'.repeat(198)}`);
  });

  it('does not leave a trailing dot or space where it cut', () => {
    const name = sanitizeFilename(`${'a'.repeat(194)} . . . . ${'c'.repeat(50)}.bin`);

    expect(name).toBe(`${'a'.repeat(194)}.bin`);
  });

  it.each([
    ['empty', ''],
    ['only dots', '...'],
    ['a directory path', 'some/dir/'],
    ['a Windows drive root', 'C:\\'],
    ['only a bidi override', '\u202E'],
    ['only controls and spaces', '\u0000 \u0007 \u00A0'],
    ['dot-dot', '..'],
  ])('refuses a name that is %s once cleaned', (_label, raw) => {
    expect(() => sanitizeFilename(raw)).toThrowError(EvidenceError);
    try {
      sanitizeFilename(raw);
    } catch (error) {
      expect((error as EvidenceError).code).toBe('invalid_filename');
      expect((error as EvidenceError).status).toBe(400);
    }
  });

  it('refuses absurdly long input instead of processing it', () => {
    expect(() => sanitizeFilename('a'.repeat(5000))).toThrowError(/longer than 4096/);
  });

  it.each(['../../etc/passwd', 'invoice\u202Egnp.exe', `${'a'.repeat(496)}.bin`, '  ..x. '])(
    'is idempotent for %j',
    (raw) => {
      const once = sanitizeFilename(raw);
      expect(sanitizeFilename(once)).toBe(once);
    },
  );
});

describe('contentDispositionAttachment', () => {
  it('gives an ASCII name as both filename and filename*', () => {
    expect(contentDispositionAttachment('report.pdf')).toBe(
      `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
    );
  });

  it('transliterates accents in the fallback and percent-encodes UTF-8 in filename*', () => {
    expect(contentDispositionAttachment('Pr\u00FCfbericht "final".pdf')).toBe(
      `attachment; filename="Prufbericht _final_.pdf"; filename*=UTF-8''Pr%C3%BCfbericht%20%22final%22.pdf`,
    );
  });

  it('encodes the characters RFC 8187 attr-char excludes but encodeURIComponent keeps', () => {
    expect(contentDispositionAttachment("it's (1)*.txt")).toBe(
      `attachment; filename="it's (1)*.txt"; filename*=UTF-8''it%27s%20%281%29%2A.txt`,
    );
  });

  it('keeps non-Latin names exact in filename* with a safe fallback', () => {
    expect(contentDispositionAttachment('\u62A5\u544A.pdf')).toBe(
      `attachment; filename="__.pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf`,
    );
  });

  it.each([
    'a\r\nSet-Cookie: x=1.txt',
    'x"; filename="evil.exe',
    'a\\b%41;c.txt',
    '\uFF0Fetc\uFF0Fpasswd',
    '\u202E\u0000',
    '',
  ])('never lets %j break out of the header value', (raw) => {
    const header = contentDispositionAttachment(raw);

    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    const fallback = /filename="([^"]*)"/.exec(header)![1];
    expect(fallback).not.toMatch(/["\\/%;]/);
    expect(fallback.length).toBeGreaterThan(0);
  });

  it('falls back to "download" when nothing of the name survives', () => {
    expect(contentDispositionAttachment('\u202E')).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
  });
});
