import { NextResponse, type NextRequest } from 'next/server';
import { pageReadiness, unavailablePageResponse } from '@/lib/runtime/readiness';

// Signed-in areas: signed-out browsers are sent to the sign-in page. A convenience only: every page,
// server action and route handler checks the caller itself, so deleting or bypassing this loses just the redirect.
const SIGNED_IN_AREAS = [
  '/dashboard',
  '/settings',
  '/organization',
  '/admin',
  '/review',
  '/products',
  '/submissions',
  '/assignments',
  '/evidence',
  '/certificates',
  '/vulnerabilities',
  '/inbox',
  '/components',
  '/deployments',
  '/diversity',
];

const isSignedInArea = (pathname: string) => SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));

/**
 * Before a page renders: while the database is unreachable (start-up still waiting for it, or lost
 * later) the answer is a 503 with Retry-After instead of an error page with status 500 (pages cannot
 * set their status). Route handlers answer their own 503s (lib/api/problem.ts).
 */
export async function proxy(request: NextRequest) {
  const problem = await pageReadiness();
  if (problem) return unavailablePageResponse(problem, request.headers.get('accept'));
  const { pathname } = request.nextUrl;
  if (!isSignedInArea(pathname)) return NextResponse.next();
  const hasSession = request.cookies.has('next-auth.session-token') || request.cookies.has('__Secure-next-auth.session-token');
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/sign-in';
  url.search = `?callbackUrl=${encodeURIComponent(pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Every page and the sign-in endpoints; not the rest of the API (Next cuts proxied bodies at 10 MB,
  // and every upload is a route handler), nor static files.
  matcher: ['/((?!api/|_next/static|_next/image|icon\\.svg|favicon\\.ico|robots\\.txt).*)', '/api/auth/:path*'],
};
