import { ServiceError } from '@/lib/errors';

/**
 * Whether an error means "the database cannot be reached right now" (as opposed to a bug or a
 * refused statement): the socket could not be opened or was lost (postgres.js and Node codes), or
 * PostgreSQL itself is shutting down, starting up or refusing connections (SQLSTATE class 08,
 * 57P01–57P03, 53300). Drizzle wraps driver errors (`cause`), Node's connection attempts to several
 * addresses throw an `AggregateError` (`errors`): both are searched.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown): boolean => {
    if (!e || typeof e !== 'object' || seen.has(e)) return false;
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && isUnavailableCode(code)) return true;
    const { cause, errors } = e as { cause?: unknown; errors?: unknown };
    if (visit(cause)) return true;
    return Array.isArray(errors) && errors.some(visit);
  };
  return visit(error);
}

const SOCKET_CODES = new Set([
  // postgres.js
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  // Node sockets and name resolution
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

const SQLSTATES = new Set([
  '57P01', // admin_shutdown: terminated by a fast or immediate shutdown
  '57P02', // crash_shutdown: another server process crashed
  '57P03', // cannot_connect_now: starting up, shutting down, in recovery
  '57P05', // idle_session_timeout
  '53300', // too_many_connections
]);

function isUnavailableCode(code: string): boolean {
  return SOCKET_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code);
}

/** Seconds a client should wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

/** The 503 answered while start-up has not finished or the database is down (Retry-After from `retryAfterSeconds`). */
export function databaseUnavailable(detail = 'The database is not reachable yet; try again in a few seconds.'): ServiceError {
  return new ServiceError(503, 'Service unavailable', detail, { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
}
