'use client';

import { Button } from '@/app/_components/ui/button';
import { controlClasses } from '@/app/_components/ui/field';
import { RESULT_FILTERS, RESULT_LABELS, isResultFilter, type Filters } from './results-model';

type Props = { filters: Filters; groups: readonly string[]; shown: number; total: number; onChange: (next: Partial<Filters>) => void };

export function ResultsFilters({ filters, groups, shown, total, onChange }: Props) {
  const isFiltered = Boolean(filters.group || filters.result);
  return (
    <div role="search" aria-label="Filter test cases" className="flex flex-wrap items-end gap-3" data-testid="results-filters">
      <div className="w-72 space-y-1">
        <label htmlFor="results-filter-group" className="block text-sm font-medium text-slate-800">
          Group
        </label>
        <select
          id="results-filter-group"
          value={filters.group ?? ''}
          onChange={(e) => onChange({ group: e.target.value || null })}
          className={controlClasses}
          data-testid="results-filter-group"
        >
          <option value="">All groups</option>
          {groups.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
          {filters.group && !groups.includes(filters.group) ? <option value={filters.group}>{filters.group}</option> : null}
        </select>
      </div>
      <div className="w-48 space-y-1">
        <label htmlFor="results-filter-result" className="block text-sm font-medium text-slate-800">
          Result
        </label>
        <select
          id="results-filter-result"
          value={filters.result ?? ''}
          onChange={(e) => onChange({ result: isResultFilter(e.target.value) ? e.target.value : null })}
          className={controlClasses}
          data-testid="results-filter-result"
        >
          <option value="">Any result</option>
          {RESULT_FILTERS.map((r) => (
            <option key={r} value={r}>
              {r === 'missing' ? 'Missing (no result yet)' : RESULT_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      {isFiltered ? (
        <Button variant="secondary" onClick={() => onChange({ group: null, result: null })} data-testid="results-filter-clear">
          Clear filters
        </Button>
      ) : null}
      <p className="pb-2 text-sm text-slate-600" data-testid="results-shown-count">
        {isFiltered ? `${shown} of ${total} test cases shown` : `${total} test cases`}
      </p>
    </div>
  );
}
