/**
 * Cross-site request protection for cookie-authenticated writes (the approach of Go's
 * `http.CrossOriginProtection`): a browser names the page that sent a request in `Origin`, or at
 * least says in `Sec-Fetch-Site` whether it came from the same origin. A request with neither is
 * not from a browser (curl, a build pipeline) and cannot ride on a victim's cookie.
 */
export type OriginVerdict = { ok: true } | { ok: false; reason: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function checkSameOrigin(
  request: { method: string; headers: Headers },
  ownOrigins: readonly string[],
): OriginVerdict {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true };
  const origin = request.headers.get('origin');
  if (origin !== null) {
    if (origin !== 'null' && ownOrigins.includes(origin.toLowerCase())) return { ok: true };
    return { ok: false, reason: `The request came from another site (${origin}).` };
  }
  const site = request.headers.get('sec-fetch-site');
  if (site === null) return { ok: true };
  if (site === 'same-origin' || site === 'none') return { ok: true };
  return { ok: false, reason: `The request came from another site (Sec-Fetch-Site: ${site}).` };
}

/** The origins a request may come from: the configured site URL and the host the request names. */
export function ownOriginsOf(siteUrl: string, request: { headers: Headers }): string[] {
  const origins = new Set([new URL(siteUrl).origin.toLowerCase()]);
  const host = request.headers.get('host');
  // Behind a TLS-terminating proxy the request URL says http while the browser says https.
  if (host) for (const scheme of ['http', 'https']) origins.add(`${scheme}://${host}`.toLowerCase());
  return [...origins];
}
