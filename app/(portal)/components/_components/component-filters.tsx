import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';
import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';
import { Button } from '@/app/_components/ui/button';
import { LinkButton } from '@/app/_components/ui/link-button';
import { Select } from '@/app/_components/ui/select';
import { TextInput } from '@/app/_components/ui/text-input';
import { segmentNames } from './labels';

export type ComponentSearch = { q: string; networkFunction: string; segment: string };

/** A plain GET form: the filters live in the URL, work without JavaScript and can be bookmarked. */
export function ComponentFilters({ search }: { search: ComponentSearch }) {
  const isFiltered = Boolean(search.q || search.networkFunction || search.segment);
  return (
    <form method="get" action="/components" role="search" aria-label="Search approved components" className="flex flex-wrap items-end gap-3" data-testid="component-filters">
      <div className="w-full max-w-sm">
        <TextInput
          id="component-search"
          name="q"
          type="search"
          label="Search"
          hint="Product, model, version, vendor, lab or network function."
          defaultValue={search.q}
          maxLength={200}
          data-testid="components-search"
        />
      </div>
      <div className="w-full max-w-[12rem]">
        <Select
          id="component-nf"
          name="networkFunction"
          label="Network function"
          placeholder="All functions"
          options={NETWORK_FUNCTIONS.map((nf) => ({ value: nf, label: nf }))}
          defaultValue={search.networkFunction}
          data-testid="components-nf"
        />
      </div>
      <div className="w-full max-w-[10rem]">
        <Select
          id="component-segment"
          name="segment"
          label="Segment"
          placeholder="All segments"
          options={NETWORK_SEGMENTS.map((s) => ({ value: s, label: segmentNames[s] }))}
          defaultValue={search.segment}
          data-testid="components-segment"
        />
      </div>
      <div className="flex gap-2 pb-5">
        <Button type="submit" variant="primary" data-testid="components-search-submit">
          Search
        </Button>
        {isFiltered ? (
          <LinkButton href="/components" variant="ghost" data-testid="components-clear">
            Clear
          </LinkButton>
        ) : null}
      </div>
    </form>
  );
}
