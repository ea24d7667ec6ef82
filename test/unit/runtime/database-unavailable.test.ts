import { describe, expect, it } from 'vitest';
import { errorToResponse } from '@/lib/api/problem';
import { isDatabaseUnavailable } from '@/lib/runtime/database-errors';
import { ServiceError } from '@/lib/errors';
import { getDb } from '@/lib/db';
import { reconnectDelaySeconds } from '@/db/client';

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });
// drizzle-orm wraps driver errors: "Failed query: …" with the driver's error as `cause`.
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select 1'), { cause });

describe('database unavailable → 503', () => {
  it.each([
    ['postgres.js lost its socket', coded('CONNECTION_CLOSED')],
    ['postgres.js pool ended', coded('CONNECTION_ENDED')],
    ['postgres.js connection destroyed', coded('CONNECTION_DESTROYED')],
    ['connect timeout', coded('CONNECT_TIMEOUT')],
    ['refused', coded('ECONNREFUSED')],
    ['reset', coded('ECONNRESET')],
    ['admin shutdown (57P01)', coded('57P01')],
    ['crash shutdown (57P02)', coded('57P02')],
    ['starting up (57P03)', coded('57P03')],
    ['connection failure (08006)', coded('08006')],
    ['drizzle-wrapped refusal', wrapped(coded('ECONNREFUSED'))],
    ['several addresses refused (AggregateError)', wrapped(Object.assign(new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')]), { code: undefined }))],
  ])('%s', async (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    const response = errorToResponse(error);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await response.json()) as { status: number }).status).toBe(503);
  });

  it.each([
    ['unique violation', wrapped(coded('23505'))],
    ['syntax error', coded('42601')],
    ['serialization failure', coded('40001')],
    ['a plain bug', new TypeError('x is undefined')],
  ])('not for %s (still a 500)', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(errorToResponse(error).status).toBe(500);
  });

  it('getDb() before start-up finished is a 503 with retryAfterSeconds, never an attempt to open anything', async () => {
    const error = await getDb().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).status).toBe(503);
    expect((error as ServiceError).message).toMatch(/not reachable yet/);
    expect((error as ServiceError).extra.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('a lost pool connection reconnects within half a second, however many losses came before', () => {
    for (const retries of [0, 1, 3, 10, 50, 1000]) {
      const delay = reconnectDelaySeconds(retries);
      expect(delay).toBeGreaterThan(0);
      expect(delay).toBeLessThanOrEqual(0.5);
    }
  });
});
