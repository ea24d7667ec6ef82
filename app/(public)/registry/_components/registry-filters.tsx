import type { RegistryFilterOptions } from '@/lib/registry/registry-dto';
import { REGISTRY_STATUS_FILTERS } from '@/lib/validation/registry';
import { buttonClasses } from '@/app/_components/ui/button-styles';
import { controlClasses } from '@/app/_components/ui/field';
import { LinkButton } from '@/app/_components/ui/link-button';
import { FilterSelect } from '@/app/_components/ui/filter-select';
import { SEGMENT_LABELS, STATUS_FILTER_LABELS } from './registry-labels';
import { currentSort, isFiltered, registryHref, type RegistrySearch } from './registry-params';

type Props = { options: RegistryFilterOptions; search: RegistrySearch };

/** A plain GET form: search and filters live in the URL, so a result can be bookmarked, shared and exported. */
export function RegistryFilters({ options, search }: Props) {
  const { sort, dir } = currentSort(search);
  return (
    <form method="get" action="/" role="search" aria-label="Search the registry" className="space-y-3" data-testid="registry-filters">
      <input type="hidden" name="sort" value={sort} />
      <input type="hidden" name="dir" value={dir} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="registry-q" className="block text-sm font-medium text-slate-800">
            Search
          </label>
          <input
            id="registry-q"
            name="q"
            type="search"
            defaultValue={search.q ?? ''}
            maxLength={200}
            placeholder="Product, model, version, vendor, lab or function"
            aria-describedby="registry-q-hint"
            className={controlClasses}
            data-testid="registry-search"
          />
          <p id="registry-q-hint" className="text-xs text-slate-600">
            Every word must match the start of a word: <span className="font-mono">nord amf</span> finds Nordwave’s AMF products.
          </p>
        </div>
        <div className="flex gap-2 pb-5">
          <button type="submit" className={buttonClasses('primary')} data-testid="registry-apply">
            Search
          </button>
          {isFiltered(search) ? (
            <LinkButton href={registryHref({ sort: search.sort, dir: search.dir })} data-testid="registry-clear">
              Clear filters
            </LinkButton>
          ) : null}
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <FilterSelect
          unlistedLabel="Selected (no certificates)"
          id="registry-filter-status"
          name="status"
          label="Status"
          anyLabel="Any status"
          current={search.status}
          options={REGISTRY_STATUS_FILTERS.map((s) => ({ value: s, label: STATUS_FILTER_LABELS[s] }))}
          data-testid="registry-filter-status"
        />
        <FilterSelect
          unlistedLabel="Selected (no certificates)"
          id="registry-filter-function"
          name="networkFunction"
          label="Network function"
          anyLabel="Any function"
          current={search.networkFunction}
          options={options.networkFunctions.map((nf) => ({ value: nf, label: nf }))}
          data-testid="registry-filter-function"
        />
        <FilterSelect
          unlistedLabel="Selected (no certificates)"
          id="registry-filter-segment"
          name="segment"
          label="Segment"
          anyLabel="Any segment"
          current={search.segment}
          options={options.segments.map((s) => ({ value: s, label: SEGMENT_LABELS[s] }))}
          data-testid="registry-filter-segment"
        />
        <FilterSelect
          unlistedLabel="Selected (no certificates)"
          id="registry-filter-vendor"
          name="vendor"
          label="Vendor"
          anyLabel="Any vendor"
          current={search.vendor}
          options={options.vendors.map((v) => ({ value: v.id, label: v.name }))}
          data-testid="registry-filter-vendor"
        />
        <FilterSelect
          unlistedLabel="Selected (no certificates)"
          id="registry-filter-lab"
          name="lab"
          label="Lab"
          anyLabel="Any lab"
          current={search.lab}
          options={options.labs.map((l) => ({ value: l.id, label: l.name }))}
          data-testid="registry-filter-lab"
        />
      </div>
    </form>
  );
}
