/**
 * Where to send a browser after signing in or out, from a `callbackUrl` anyone can write into a
 * link. Only a path on the portal's own origin is followed; anything else — another host
 * (`//evil.example`, `/\evil.example`, `http://<host>.evil.example`), a scheme (`javascript:`),
 * text `new URL` cannot parse (`@evil.example`, `%2F%2Fevil.example`; next-auth's default callback
 * threw on these, a 500), control characters (browsers drop a leading tab, turning `\t//evil` into
 * `//evil`) — is refused.
 */
const MAX_CALLBACK_LENGTH = 2000;
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

/**
 * `raw` as a path (`/x?y#z`, normalised) when it names a page on `baseUrl`'s origin: either a
 * path starting with one `/`, or an absolute URL with exactly that origin. Otherwise null.
 */
export function sameOriginPath(raw: unknown, baseUrl: string): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_CALLBACK_LENGTH) return null;
  if (CONTROL_OR_BACKSLASH.test(raw) || raw.trim() !== raw || !raw.isWellFormed()) return null;
  const base = new URL(baseUrl);
  let url: URL;
  try {
    url = raw.startsWith('/') ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  if (raw.startsWith('//') || url.origin !== base.origin) return null;
  // `/..//evil.example` normalises to the path `//evil.example`, which a browser reads as a host.
  if (url.pathname.startsWith('//')) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * next-auth's `callbacks.redirect`: the absolute URL of a same-origin path, else the home page.
 * Never throws, so no `callbackUrl` can turn a sign-in into a 500.
 */
export function resolveAuthRedirect(url: unknown, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  const path = sameOriginPath(url, origin);
  return path ? `${origin}${path}` : `${origin}/`;
}
