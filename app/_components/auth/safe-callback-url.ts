import { sameOriginPath } from '@/lib/http/same-origin-path';

export const DEFAULT_AFTER_SIGN_IN = '/dashboard';

// Only relative paths are taken from the sign-in page's link; an absolute URL never matches this origin.
const RELATIVE_ONLY = 'http://relative-path.invalid';

/**
 * Only same-site paths (see sameOriginPath: one leading '/', never '//' or '/\', no control
 * characters, nothing that normalises to another host). Anything else, and the sign-in page
 * itself or the API, becomes the dashboard.
 */
export function safeCallbackUrl(raw: unknown): string {
  const path = sameOriginPath(raw, RELATIVE_ONLY);
  if (!path) return DEFAULT_AFTER_SIGN_IN;
  if (path === '/sign-in' || path.startsWith('/sign-in?') || path.startsWith('/sign-in#') || path.startsWith('/api/')) return DEFAULT_AFTER_SIGN_IN;
  return path;
}

export function signInPath(callbackUrl: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackUrl))}`;
}
