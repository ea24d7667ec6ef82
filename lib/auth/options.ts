import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { ServiceError } from '@/lib/errors';
import { INVALID_CREDENTIALS, SESSION_MAX_AGE_SECONDS, signInWithPassword, signOutSession } from './sign-in';
import { authSecret } from './secret';
import { clientAddressFrom } from './client-address';

export const THROTTLED_PREFIX = 'Throttled:';

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
