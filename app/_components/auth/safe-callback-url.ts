export const DEFAULT_AFTER_SIGN_IN = '/dashboard';

/**
 * Only same-site paths: must start with one '/', never '//' or '/\' (both mean "another host"
 * to browsers), no control characters. Anything else becomes the dashboard.
 */
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return DEFAULT_AFTER_SIGN_IN;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return DEFAULT_AFTER_SIGN_IN;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(raw)) return DEFAULT_AFTER_SIGN_IN;
  if (raw === '/sign-in' || raw.startsWith('/sign-in?') || raw.startsWith('/api/')) return DEFAULT_AFTER_SIGN_IN;
  return raw;
}

export function signInPath(callbackUrl: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackUrl))}`;
}
