import { NextResponse, type NextRequest } from 'next/server';

// A convenience only: sends signed-out browsers to the sign-in page. Every page, server action and
// route handler checks the caller itself, so deleting or bypassing this file loses just the redirect.
// The API (and with it every upload route) stays outside the matcher: Next cuts proxied bodies at 10 MB.
export function proxy(request: NextRequest) {
  const hasSession = request.cookies.has('next-auth.session-token') || request.cookies.has('__Secure-next-auth.session-token');
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/sign-in';
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: [
    '/dashboard/:path*',
    '/settings/:path*',
    '/organization/:path*',
    '/admin/:path*',
    '/review/:path*',
    '/products/:path*',
    '/submissions/:path*',
    '/assignments/:path*',
    '/evidence/:path*',
    '/certificates/:path*',
    '/vulnerabilities/:path*',
    '/inbox/:path*',
    '/components/:path*',
    '/deployments/:path*',
    '/diversity/:path*',
  ],
};
