'use client';

import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DeployableVersionDto } from '@/lib/deployments/deployment-dto';
import { CertificateBadge } from '@/app/(portal)/components/_components/certificate-badge';
import { segmentNames } from '@/app/(portal)/components/_components/labels';
import { controlClasses } from '@/app/_components/ui/field';
import { searchVersionsAction } from '../actions';
import { deploymentKeys } from './deployments-api';

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

type Props = { inInventory: ReadonlySet<string>; onPick: (version: DeployableVersionDto) => void };

/** Search any product version (certified ones first) and add it to the table. */
export function VersionPicker({ inInventory, onPick }: Props) {
  const [term, setTerm] = useState('');
  const q = useDebounced(term.trim(), 250);
  const search = useQuery({
    queryKey: deploymentKeys.versions(q),
    queryFn: async () => {
      const result = await searchVersionsAction(q);
      if (!result.ok) throw new Error(result.message);
      return result.items;
    },
    placeholderData: keepPreviousData,
  });
  const isStale = search.isFetching || q !== term.trim();
  return (
    <div className="space-y-2" data-testid="version-picker">
      <div className="max-w-md space-y-1">
        <label htmlFor="version-search" className="block text-sm font-medium text-slate-800">
          Add a product version
        </label>
        <input
          id="version-search"
          type="search"
          value={term}
          onChange={(e) => setTerm(e.currentTarget.value)}
          autoComplete="off"
          aria-describedby="version-search-hint"
          className={controlClasses}
          data-testid="version-search"
        />
        <p id="version-search-hint" className="text-xs text-slate-600">
          Search the certified product versions by product, model, version, vendor or network function. Kit without a certificate can be added with a CSV import and is flagged.
        </p>
      </div>
      <p role="status" className="text-sm text-slate-600" data-testid="version-search-status" data-busy={isStale ? 'true' : 'false'}>
        {search.isError
          ? `The search failed: ${search.error.message}`
          : search.data
            ? search.data.length
              ? `${search.data.length} product version${search.data.length === 1 ? '' : 's'} found.`
              : 'No product version matches.'
            : 'Searching…'}
      </p>
      {search.data?.length ? (
        <ul className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200 bg-white" aria-label="Matching product versions">
          {search.data.map((v) => {
            const isAdded = inInventory.has(v.productVersionId);
            return (
              <li key={v.productVersionId}>
                <button
                  type="button"
                  disabled={isAdded}
                  onClick={() => onPick(v)}
                  className="flex w-full flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-left text-sm hover:bg-sky-50 focus:bg-sky-50 disabled:cursor-not-allowed disabled:text-slate-500 disabled:hover:bg-white"
                  data-testid="version-option"
                  data-label={v.label}
                >
                  <span className="font-medium">{v.label}</span>
                  <span className="text-slate-600">
                    {v.vendor.name} · {v.networkFunction} · {segmentNames[v.segment]}
                  </span>
                  <CertificateBadge status={v.certificate?.status ?? null} />
                  {isAdded ? <span className="text-xs">(in the table)</span> : <span className="sr-only">Add to the inventory</span>}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
