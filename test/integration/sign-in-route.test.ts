import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Before anything reads the configuration: one trusted proxy, and a low per-address limit to keep the test short.
vi.hoisted(() => {
  process.env.TRUSTED_PROXIES = '10.9.0.1';
  process.env.LOGIN_MAX_FAILURES_PER_ADDRESS = '4';
});

import { createRequire } from 'node:module';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { makeOrgUser, TEST_PASSWORD } from '../helpers/actors';
import { NextRequest } from 'next/server';
import { authOptions, THROTTLED_PREFIX, withSafeCallbackQuery } from '@/lib/auth/options';
import { SOCKET_PEER_HEADER } from '@/lib/http/socket-peer';
import { HOSTILE_CALLBACKS } from '../helpers/hostile-text';

// The next-auth core handler with the portal's options: exactly what app/api/auth/[...nextauth] runs,
// minus Next's request plumbing (next/headers), which needs a running Next server.
// next-auth does not export its core; loaded by file, it is the same module its route handler uses.
const { AuthHandler } = createRequire(import.meta.url)(path.resolve('node_modules/next-auth/core/index.js')) as {
  AuthHandler: (params: { req: never; options: unknown }) => Promise<unknown>;
};
const HOME = 'http://localhost:3000/';
const quiet = { error: () => {}, warn: () => {}, debug: () => {} };
const options = authOptions();

type Outcome = { status?: number; redirect?: string; body?: unknown; cookies?: { name: string; value: string }[] };
const handle = (req: Record<string, unknown>) =>
  AuthHandler({ req: { headers: { host: 'localhost:3000' }, cookies: {}, query: {}, ...req } as never, options }) as Promise<Outcome>;

async function csrf(query: Record<string, string> = {}, cookies: Record<string, string> = {}) {
  const result = await handle({ action: 'csrf', method: 'GET', query, cookies });
  const cookie = result.cookies!.find((c) => c.name === 'next-auth.csrf-token')!;
  return { token: (result.body as { csrfToken: string }).csrfToken, cookie: cookie.value, result };
}

async function signIn(input: { email: string; password: string; callbackUrl?: string; peer?: string; forwardedFor?: string }) {
  const { token, cookie } = await csrf();
  const headers: Record<string, string> = { host: 'localhost:3000', [SOCKET_PEER_HEADER]: input.peer ?? '203.0.113.1' };
  if (input.forwardedFor) headers['x-forwarded-for'] = input.forwardedFor;
  const body: Record<string, string> = { email: input.email, password: input.password, csrfToken: token, json: 'true' };
  if (input.callbackUrl !== undefined) body.callbackUrl = input.callbackUrl;
  return handle({ action: 'callback', providerId: 'credentials', method: 'POST', body, headers, cookies: { 'next-auth.csrf-token': cookie } });
}

const errorOf = (outcome: Outcome) => (outcome.redirect ? new URL(outcome.redirect).searchParams.get('error') : null);

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe('callbackUrl through the next-auth handler', () => {
  it.each(HOSTILE_CALLBACKS)('signs in and sends %j to the home page', async (callbackUrl) => {
    const user = await makeOrgUser('operator');
    const outcome = await signIn({ email: user.email, password: TEST_PASSWORD, callbackUrl, peer: '203.0.113.2' });
    expect(outcome.status ?? 302).toBe(302);
    // An empty callbackUrl is no callbackUrl to next-auth, which then answers with the bare origin.
    expect(new URL(outcome.redirect!).href).toBe(HOME);
  });

  it('keeps a same-origin path', async () => {
    const user = await makeOrgUser('operator');
    const outcome = await signIn({ email: user.email, password: TEST_PASSWORD, callbackUrl: '/certificates?status=valid', peer: '203.0.113.3' });
    expect(outcome.redirect).toBe('http://localhost:3000/certificates?status=valid');
  });

  it('answers a request with a hostile callbackUrl in the query once the route has resolved it, body intact', async () => {
    let refusedByNextAuth = 0;
    // A URL cannot carry a lone surrogate (it arrives as U+FFFD, a harmless path); every other value goes in as it is.
    const survivesUrl = (v: string) => new URLSearchParams(new URLSearchParams({ v }).toString()).get('v') === v;
    for (const callbackUrl of HOSTILE_CALLBACKS.filter((v) => v && survivesUrl(v))) {
      const url = `http://localhost:3000/api/auth/callback/credentials?${new URLSearchParams({ callbackUrl })}`;
      const request = new NextRequest(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'json=true' });
      const safe = withSafeCallbackQuery(request, 'http://localhost:3000');
      expect(safe.nextUrl.searchParams.getAll('callbackUrl')).toEqual([HOME]);
      expect(await safe.text()).toBe('json=true');
      // Without the route's resolution next-auth answers many of these with a 500 "server configuration" error.
      const probe = await AuthHandler({ req: { headers: { host: 'localhost:3000' }, cookies: {}, action: 'csrf', method: 'GET', query: { callbackUrl } } as never, options: { ...options, logger: quiet } });
      if ((probe as Outcome).status === 500) refusedByNextAuth++;
      const answered = await csrf(Object.fromEntries(safe.nextUrl.searchParams));
      expect(answered.token).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(refusedByNextAuth).toBeGreaterThan(10);
  });

  it('leaves a request with a same-origin callbackUrl as it is', () => {
    const request = new NextRequest('http://localhost:3000/api/auth/csrf?callbackUrl=http%3A%2F%2Flocalhost%3A3000%2Fproducts');
    expect(withSafeCallbackQuery(request, 'http://localhost:3000')).toBe(request);
  });
});

describe('sign-in throttle per address through the next-auth handler (TRUSTED_PROXIES=10.9.0.1, limit 4)', () => {
  async function fail(peer: string, forwardedFor: string | undefined, i: number) {
    const outcome = await signIn({ email: `spray-${peer}-${i}@test.example`, password: 'not the password at all', peer, forwardedFor });
    expect(errorOf(outcome)).toBe('The email or password is not correct.');
  }

  it('a direct client cannot reset its limit by sending new X-Forwarded-For values', async () => {
    const peer = '203.0.113.50';
    for (let i = 0; i < 4; i++) await fail(peer, `198.51.100.${i}`, i);
    const user = await makeOrgUser('vendor');
    const outcome = await signIn({ email: user.email, password: TEST_PASSWORD, peer, forwardedFor: '198.51.100.99' });
    expect(errorOf(outcome)).toMatch(new RegExp(`^${THROTTLED_PREFIX}`));
    const elsewhere = await signIn({ email: user.email, password: TEST_PASSWORD, peer: '203.0.113.51', callbackUrl: '/dashboard' });
    expect(elsewhere.redirect).toBe(`${HOME}dashboard`);
  });

  it('behind the trusted proxy, the client is the address the proxy appended, whatever the client wrote before it', async () => {
    const proxy = '10.9.0.1';
    for (let i = 0; i < 4; i++) await fail(proxy, `192.0.2.${i}, 198.51.100.20`, i);
    const user = await makeOrgUser('vendor');
    const same = await signIn({ email: user.email, password: TEST_PASSWORD, peer: proxy, forwardedFor: '192.0.2.200, 198.51.100.20' });
    expect(errorOf(same)).toMatch(new RegExp(`^${THROTTLED_PREFIX}`));
    const other = await signIn({ email: user.email, password: TEST_PASSWORD, peer: proxy, forwardedFor: '198.51.100.20, 198.51.100.21', callbackUrl: '/dashboard' });
    expect(other.redirect).toBe(`${HOME}dashboard`);
  });

  it('an untrusted peer sending the trusted X-Forwarded-For still counts as itself', async () => {
    const peer = '203.0.113.60';
    for (let i = 0; i < 4; i++) await fail(peer, '10.9.0.1', i);
    const user = await makeOrgUser('vendor');
    expect(errorOf(await signIn({ email: user.email, password: TEST_PASSWORD, peer, forwardedFor: '203.0.113.61' }))).toMatch(
      new RegExp(`^${THROTTLED_PREFIX}`),
    );
  });
});
