import { describe, expect, it } from 'vitest';
import { checkSameOrigin, ownOriginsOf } from '@/lib/http/same-origin';

const own = ['https://portal.example'];
const request = (method: string, headers: Record<string, string> = {}) => ({ method, headers: new Headers(headers) });
const ok = (method: string, headers: Record<string, string> = {}) => checkSameOrigin(request(method, headers), own).ok;

describe('checkSameOrigin', () => {
  it('lets safe methods through whatever their origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) expect(ok(method, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).toBe(true);
  });

  it('accepts a write whose Origin is one of the own origins (case-insensitively)', () => {
    expect(ok('POST', { origin: 'https://portal.example' })).toBe(true);
    expect(ok('DELETE', { origin: 'HTTPS://Portal.Example' })).toBe(true);
  });

  it('refuses a write from a foreign Origin, naming it, whatever Sec-Fetch-Site says', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(ok(method, { origin: 'https://evil.example' })).toBe(false);
    expect(ok('POST', { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' })).toBe(false);
    expect(ok('POST', { origin: 'http://portal.example' })).toBe(false);
    expect(ok('POST', { origin: 'https://portal.example.evil.example' })).toBe(false);
    const verdict = checkSameOrigin(request('POST', { origin: 'https://evil.example' }), own);
    expect(verdict).toEqual({ ok: false, reason: expect.stringContaining('https://evil.example') });
  });

  it('refuses Origin: null (sandboxed frames, some redirects)', () => {
    expect(ok('POST', { origin: 'null' })).toBe(false);
  });

  it('falls back to Sec-Fetch-Site without an Origin', () => {
    expect(ok('POST', { 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(ok('POST', { 'sec-fetch-site': 'none' })).toBe(true);
    expect(ok('POST', { 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(ok('POST', { 'sec-fetch-site': 'same-site' })).toBe(false);
  });

  it('accepts a write with neither header: not a browser, so it cannot ride on a victim\'s cookie', () => {
    expect(ok('POST')).toBe(true);
  });
});

describe('ownOriginsOf', () => {
  it('is the configured site origin plus the request host over http and https', () => {
    expect(ownOriginsOf('https://Portal.example/some/path', request('GET', { host: 'localhost:3000' })).sort()).toEqual(
      ['http://localhost:3000', 'https://localhost:3000', 'https://portal.example'].sort(),
    );
    expect(ownOriginsOf('https://portal.example', request('GET'))).toEqual(['https://portal.example']);
  });
});
