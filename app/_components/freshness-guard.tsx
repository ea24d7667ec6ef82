'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/** Server renders this browser tab has shown already. */
const shown = new Set<string>();

/**
 * Back and Forward show a page from the router's cache (or the browser's back-forward cache) as it
 * was: a submitted results grid would still look editable. Each server render carries its own id;
 * when the same render shows a second time, it is stale, and the page asks for the current state.
 */
export function FreshnessGuard({ renderId }: { renderId: string }) {
  const router = useRouter();
  useEffect(() => {
    if (shown.has(renderId)) router.refresh();
    shown.add(renderId);
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) router.refresh();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [renderId, router]);
  return null;
}
