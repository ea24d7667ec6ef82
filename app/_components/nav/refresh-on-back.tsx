'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/**
 * After Back or Forward the router shows the page as it was cached, and a page restored from the
 * browser's back-forward cache shows it as it was left: either can offer an editable view of something
 * that has since moved on (a submitted grid, a replaced inventory). Refetch the server state then.
 */
export function RefreshOnBack() {
  const router = useRouter();
  useEffect(() => {
    const onPopState = () => window.setTimeout(() => router.refresh(), 0);
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) router.refresh();
    };
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [router]);
  return null;
}
