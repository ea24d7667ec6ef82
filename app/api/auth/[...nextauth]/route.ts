import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions, repairCallbackCookie, THROTTLED_PREFIX, withSafeCallbackQuery } from '@/lib/auth/options';
import { problemResponse } from '@/lib/api/problem';
import { config } from '@/lib/config';

type Context = { params: Promise<{ nextauth: string[] }> };

async function handle(request: NextRequest, context: Context) {
  const handler = NextAuth(authOptions());
  await repairCallbackCookie(config().siteUrl);
  const response: Response = await handler(withSafeCallbackQuery(request, config().siteUrl), context);
  return response.status === 401 ? throttledAsTooManyRequests(response) : response;
}

// next-auth reports a failed sign-in as 401 with an error URL; a throttled one becomes a real 429.
async function throttledAsTooManyRequests(response: Response): Promise<Response> {
  const body = await response.clone().json().catch(() => null);
  const error = body?.url ? new URL(body.url, 'http://x').searchParams.get('error') : null;
  if (!error?.startsWith(THROTTLED_PREFIX)) return response;
  return problemResponse(429, 'Too many requests', error.slice(THROTTLED_PREFIX.length), {}, { 'retry-after': '900' });
}

export { handle as GET, handle as POST };
