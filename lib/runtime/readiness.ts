import { ServiceError } from '@/lib/errors';
import { databaseUnavailable, isDatabaseUnavailable } from './database-errors';
import { runtimeState } from './runtime-state';

/**
 * Null when a page can be rendered, else the 503 to answer instead: start-up has not finished
 * (or failed), or the database does not answer `select 1` on a pool connection. Pages cannot set
 * their own status (an error boundary renders with 500, or 200 once streaming began), so the proxy
 * asks this before rendering one; the round trip costs a fraction of a millisecond next to the
 * page's own queries. No server-only imports: the proxy bundle may use it.
 */
export async function pageReadiness(): Promise<ServiceError | null> {
  const state = runtimeState();
  if (!state.handle) {
    return state.phase === 'failed'
      ? new ServiceError(503, 'Service unavailable', 'The portal could not start; the cause is in the server log.', { retryAfterSeconds: 30 })
      : databaseUnavailable();
  }
  try {
    await state.handle.ping({ connections: 'one' });
    return null;
  } catch (error) {
    // Anything else is the page's own business to show (and to log).
    return isDatabaseUnavailable(error) ? databaseUnavailable('The database is not reachable right now; try again in a few seconds.') : null;
  }
}

/**
 * The 503 for a page request: a small HTML page that reloads itself for browsers, a problem
 * document otherwise; Retry-After either way.
 */
export function unavailablePageResponse(problem: ServiceError, accept: string | null): Response {
  const retry = Number(problem.extra.retryAfterSeconds ?? 2);
  const headers = { 'retry-after': String(retry), 'cache-control': 'no-store' };
  if (!/\btext\/html\b/i.test(accept ?? '')) {
    return new Response(JSON.stringify({ type: 'about:blank', title: problem.title, status: problem.status, detail: problem.message, ...problem.extra }), {
      status: problem.status,
      headers: { ...headers, 'content-type': 'application/problem+json' },
    });
  }
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${Math.max(retry, 2)}"><title>Temporarily unavailable · Trustledger</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; color: #0f172a">
<main role="alert" data-testid="portal-unavailable"><h1>Trustledger is temporarily unavailable</h1>
<p>${escapeHtml(problem.message)}</p><p>This page reloads by itself.</p></main></body></html>`;
  return new Response(html, { status: problem.status, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
