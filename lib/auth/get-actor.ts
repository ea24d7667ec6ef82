import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { decode } from 'next-auth/jwt';
import type { Actor } from '@/lib/authz/actor';
import { unauthorized } from '@/lib/errors';
import { authSecret } from './secret';
import { resolveBearerActor, resolveSessionActor } from './resolve-actor';

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/** The server-side session id carried in the next-auth cookie, if the cookie is genuine. */
export const getSessionId = cache(async (): Promise<string | null> => {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: authSecret() });
    return typeof token?.sid === 'string' ? token.sid : null;
  } catch {
    return null;
  }
});

/**
 * The caller of this request, re-read from the database (cached for the request only):
 * a bearer token if the request has one, else the browser session. Null when signed out.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const authorization = (await headers()).get('authorization');
  if (authorization) return resolveBearerActor(authorization);
  const sessionId = await getSessionId();
  return sessionId ? resolveSessionActor(sessionId) : null;
});

/** The caller, or a 401 for API handlers and server actions. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw unauthorized();
  return actor;
}
