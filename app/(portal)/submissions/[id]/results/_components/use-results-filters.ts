'use client';

import { useEffect, useRef, useState } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { isResultFilter, type Filters } from './results-model';

function readFilters(params: URLSearchParams): Filters {
  const result = params.get('result');
  return { group: params.get('group') || null, result: isResultFilter(result) ? result : null };
}

/**
 * Filters live in the URL (`?group=&result=`), so a filtered view can be bookmarked, shared and
 * reloaded, and Back undoes a filter. The page shows them from state at once; the URL follows.
 */
export function useResultsFilters(): [Filters, (next: Partial<Filters>) => void, (next: Partial<Filters>) => string] {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const [filters, setFiltersState] = useState<Filters>(() => readFilters(new URLSearchParams(searchParams.toString())));
  const latest = useRef(filters);

  useEffect(() => {
    const onPopState = () => {
      latest.current = readFilters(new URLSearchParams(window.location.search));
      setFiltersState(latest.current);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  function hrefFor(next: Partial<Filters>, base: Filters = filters, params = new URLSearchParams(searchParams.toString())): string {
    const merged = { ...base, ...next };
    for (const key of ['group', 'result'] as const) {
      if (merged[key]) params.set(key, merged[key]);
      else params.delete(key);
    }
    const query = params.toString();
    return query ? `${pathname}?${query}` : pathname;
  }

  function setFilters(next: Partial<Filters>) {
    const href = hrefFor(next, latest.current, new URLSearchParams(window.location.search));
    latest.current = { ...latest.current, ...next };
    setFiltersState(latest.current);
    window.history.pushState(null, '', href);
  }

  return [filters, setFilters, hrefFor];
}
