import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import { cookies } from 'next/headers';
import { NextRequest } from 'next/server';
import CredentialsProvider from 'next-auth/providers/credentials';
import { ServiceError } from '@/lib/errors';
import { resolveAuthRedirect } from '@/lib/http/same-origin-path';
import { INVALID_CREDENTIALS, SESSION_MAX_AGE_SECONDS, signInWithPassword, signOutSession } from './sign-in';
import { authSecret } from './secret';
import { clientAddressFrom } from './client-address';

export const THROTTLED_PREFIX = 'Throttled:';

/**
 * next-auth checks a `callbackUrl` in the query before any callback runs and answers one it
 * cannot parse (`?callbackUrl=@evil.example`) with a 500 "server configuration" error. The route
 * hands it a request whose callbackUrl has already been resolved (a same-origin URL or the home page).
 */
export function withSafeCallbackQuery(request: NextRequest, baseUrl: string): NextRequest {
  const raw = request.nextUrl.searchParams.get('callbackUrl');
  if (raw === null) return request;
  const safe = resolveAuthRedirect(raw, baseUrl);
  if (safe === raw && request.nextUrl.searchParams.getAll('callbackUrl').length === 1) return request;
  const url = request.nextUrl.clone();
  url.searchParams.set('callbackUrl', safe);
  return new NextRequest(url, request);
}

const CALLBACK_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'];

/**
 * next-auth also refuses, with a 500 on every auth request, a callback-url cookie it cannot parse
 * (one planted from a sibling subdomain, say). The route replaces such a cookie with its resolved
 * value before next-auth reads it: in a route handler the cookie store reads its own writes, and
 * the browser gets the repaired cookie back.
 */
export async function repairCallbackCookie(baseUrl: string): Promise<void> {
  const jar = await cookies();
  for (const name of CALLBACK_COOKIES) {
    const value = jar.get(name)?.value;
    if (value === undefined) continue;
    const safe = resolveAuthRedirect(value, baseUrl);
    if (safe !== value) jar.set(name, safe, { httpOnly: true, sameSite: 'lax', path: '/', secure: name.startsWith('__Secure-') });
  }
}

/** next-auth settings: credentials sign-in, a JWT cookie that only carries a server-side session id. */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const address = clientAddressFrom((req?.headers ?? {}) as Record<string, string>);
          try {
            const result = await signInWithPassword(
              { email: credentials?.email ?? '', password: credentials?.password ?? '' },
              address,
            );
            if (!result.ok) throw new Error(result.message);
            return { id: result.userId, sid: result.sessionId };
          } catch (error) {
            if (error instanceof ServiceError && error.status === 429) throw new Error(THROTTLED_PREFIX + error.message);
            if (error instanceof Error && error.message === INVALID_CREDENTIALS) throw error;
            // Whatever else went wrong stays in the server log; the browser only learns that sign-in failed.
            console.error('Sign-in failed unexpectedly', error);
            throw new Error('Sign-in is unavailable right now; try again shortly.');
          }
        },
      }),
    ],
    callbacks: {
      // next-auth's default throws on a callbackUrl `new URL` cannot parse (a 500); ours sends it home.
      async redirect({ url, baseUrl }) {
        return resolveAuthRedirect(url, baseUrl);
      },
      async jwt({ token, user }) {
        if (user) token.sid = (user as { sid?: string }).sid;
        return { sub: token.sub, sid: token.sid };
      },
      async session({ session }) {
        return { expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await signOutSession(token.sid);
      },
    },
  };
}
