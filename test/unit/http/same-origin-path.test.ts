import { describe, expect, it } from 'vitest';
import { resolveAuthRedirect, sameOriginPath } from '@/lib/http/same-origin-path';
import { safeCallbackUrl } from '@/app/_components/auth/safe-callback-url';
import { HOSTILE_CALLBACKS } from '../../helpers/hostile-text';

const BASE = 'https://portal.example';


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
