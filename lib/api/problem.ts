import { ServiceError } from '@/lib/errors';
import { databaseUnavailable, isDatabaseUnavailable } from '@/lib/runtime/database-errors';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An RFC 9457 problem document response. */
export function problemResponse(
  status: number,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail, ...extra }), {
    status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...headers },
  });
}

/**
 * Maps anything thrown by a service to a problem document; unexpected errors never leak details.
 * A lost or refused database connection is a 503 with Retry-After (the pool reconnects on its own),
 * never a 500.
 */
export function errorToResponse(error: unknown): Response {
  if (!(error instanceof ServiceError) && isDatabaseUnavailable(error)) {
    console.warn(`Database unavailable, answered 503: ${describe(error)}`);
    return errorToResponse(databaseUnavailable('The database is not reachable right now; try again in a few seconds.'));
  }
  if (error instanceof ServiceError) {
    const headers: Record<string, string> = {};
    const retry = error.extra.retryAfterSeconds;
    if (typeof retry === 'number') headers['retry-after'] = String(retry);
    if (error.status === 401) headers['www-authenticate'] = 'Bearer';
    return problemResponse(error.status, error.title, error.message, error.extra, headers);
  }
  const status = (error as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500 && error instanceof Error) {
    return problemResponse(status, 'Request refused', error.message, { code: (error as { code?: unknown }).code });
  }
  console.error('Unhandled error in API handler', error);
  return problemResponse(500, 'Internal server error', 'Something went wrong on our side; it has been logged.');
}

function describe(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const inner = e.cause && typeof e.cause === 'object' ? e.cause : e;
  return [inner.code, inner.message].filter(Boolean).join(' ');
}
