import { describe, expect, it } from 'vitest';
import { resolveAuthRedirect, sameOriginPath } from '@/lib/http/same-origin-path';
import { safeCallbackUrl } from '@/app/_components/auth/safe-callback-url';

const BASE = 'https://portal.example';

/** callbackUrl values seen in attacks and fuzzing; none may leave the portal, none may throw. */
export const HOSTILE_CALLBACKS = [
  '@evil.example',
  '%2F%2Fevil.example',
  '%2f%2fevil.example',
  'http://portal.example.evil.example',
  'https://portal.example.evil.example/x',
  'https://portal.example:443.evil.example',
  'https://portal.example@evil.example',
  '\t//evil.example',
  '\t/dashboard',
  ' /dashboard',
  '/dashboard\n',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/..//evil.example',
  '/./..//evil.example/x',
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'http://evil.example',
  'https:evil.example',
  'http:/evil.example',
  'evil.example',
  '',
  ' ',
  '\u0000',
  '/\u0000',
  '/x\ud800',
  `/${'a'.repeat(3000)}`,
  'http://[::1',
  'http://portal.example:99999',
];

describe('sameOriginPath', () => {
  it.each(HOSTILE_CALLBACKS)('refuses %j', (raw) => {
    expect(sameOriginPath(raw, BASE)).toBeNull();
  });

  it.each([
    ['/dashboard', '/dashboard'],
    ['/products?page=2#top', '/products?page=2#top'],
    ['/a/../b', '/b'],
    ['https://portal.example/certificates/1', '/certificates/1'],
    ['/search?q=%2F%2Fevil.example', '/search?q=%2F%2Fevil.example'],
  ])('follows %j to %j', (raw, path) => {
    expect(sameOriginPath(raw, BASE)).toBe(path);
  });

  it('refuses what is not a string', () => {
    for (const raw of [undefined, null, 42, ['/dashboard'], { toString: () => '/dashboard' }]) expect(sameOriginPath(raw, BASE)).toBeNull();
  });
});

describe('resolveAuthRedirect (next-auth callbacks.redirect)', () => {
  it.each(HOSTILE_CALLBACKS)('sends %j to the home page, never throwing', (raw) => {
    expect(resolveAuthRedirect(raw, BASE)).toBe(`${BASE}/`);
  });

  it('keeps a same-origin path, relative or absolute', () => {
    expect(resolveAuthRedirect('/certificates?status=valid', BASE)).toBe(`${BASE}/certificates?status=valid`);
    expect(resolveAuthRedirect(`${BASE}/dashboard`, BASE)).toBe(`${BASE}/dashboard`);
  });
});

describe('safeCallbackUrl (the sign-in page)', () => {
  it.each(HOSTILE_CALLBACKS)('turns %j into the dashboard', (raw) => {
    expect(safeCallbackUrl(raw)).toBe('/dashboard');
  });

  it('keeps relative paths, but not the sign-in page or the API', () => {
    expect(safeCallbackUrl('/products?page=2')).toBe('/products?page=2');
    expect(safeCallbackUrl('/sign-in?callbackUrl=/x')).toBe('/dashboard');
    expect(safeCallbackUrl('/api/v1/me')).toBe('/dashboard');
    expect(safeCallbackUrl('https://portal.example/dashboard')).toBe('/dashboard');
  });
});
